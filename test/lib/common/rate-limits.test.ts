import { expect } from 'chai'
import { FailureLockout, keptWhileUnchanged, retryAfterSeconds, TokenBucket } from '../../../srv/lib/common/rate-limits'

describe('Rate limits (srv/lib/common/rate-limits.ts)', () => {
  it('lets a token bucket burst, then refill at its rate, and says how long to wait', () => {
    const bucket = new TokenBucket(60, 60_000, 3) // one a second, bursts of three
    expect([0, 0, 0].map(() => bucket.take('u', 0))).to.deep.equal([0, 0, 0])
    expect(bucket.take('u', 0)).to.equal(1000)
    expect(bucket.take('u', 400)).to.equal(600)
    expect(bucket.take('u', 1000)).to.equal(0)
    expect(bucket.take('v', 1000), 'another key has its own bucket').to.equal(0)
  })

  it('locks a key out after its failures within the window until the oldest leaves it, and clears it on success', () => {
    const lockout = new FailureLockout(3, 10_000)
    lockout.fail('k', 0)
    lockout.fail('k', 2000)
    expect(lockout.retryAfter('k', 2000)).to.equal(0)
    lockout.fail('k', 4000)
    expect(lockout.retryAfter('k', 4000)).to.equal(6000) // the failure at 0 leaves the window at 10,000
    expect(lockout.retryAfter('k', 10_001)).to.equal(0)
    lockout.fail('k', 11_000)
    expect(lockout.retryAfter('k', 11_000)).to.equal(1000) // now the one at 2,000 is the oldest of three
    lockout.succeed('k')
    expect(lockout.retryAfter('k', 11_000)).to.equal(0)
  })

  it('holds at most its number of keys, forgetting the least recently used', () => {
    const lockout = new FailureLockout(1, 60_000, 100)
    for (let i = 0; i < 10_000; i++) lockout.fail(`attacker-${i}`, i)
    expect(lockout.size).to.equal(100)
    expect(lockout.retryAfter('attacker-9999', 10_000)).to.be.above(0)
    expect(lockout.retryAfter('attacker-0', 10_000)).to.equal(0)
  })

  it('rounds a wait up to whole seconds, at least one', () => {
    expect([1, 999, 1000, 1001, 0].map(retryAfterSeconds)).to.deep.equal([1, 1, 1, 2, 1])
  })
})

describe('A limiter kept while its settings stay the same (keptWhileUnchanged)', () => {
  it('gives the same limiter for equal settings, so its counts go on, and a new one when they change', () => {
    const limiter = keptWhileUnchanged((config: { perMinute: number }) => new TokenBucket(config.perMinute, 60_000, config.perMinute))
    const first = limiter({ perMinute: 1 })
    expect(first.take('u', 0)).to.equal(0)
    // equal settings (another object): the same bucket, already emptied by u
    expect(limiter({ perMinute: 1 })).to.equal(first)
    expect(limiter({ perMinute: 1 }).take('u', 0)).to.be.greaterThan(0)
    // changed settings: a new bucket with its own count
    const second = limiter({ perMinute: 2 })
    expect(second).to.not.equal(first)
    expect(second.take('u', 0)).to.equal(0)
  })
})
