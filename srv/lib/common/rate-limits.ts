/**
 * Rate limits kept in memory per app instance: pure, no CAP, the clock passed in. Each limiter holds at most
 * `maxKeys` keys; beyond that the least recently used key is forgotten (an attacker cycling keys costs memory
 * bounded by that number, not by the flood).
 *
 * - `TokenBucket`: `rate` requests per `perMs` with bursts up to `burst`; `take` says how long to wait (0: go).
 * - `FailureLockout`: after `maxFailures` failures of a key within `windowMs`, the key is refused until the oldest of
 *   them leaves the window; a success clears the key.
 */

abstract class Bounded<V> {
  protected readonly entries = new Map<string, V>()
  constructor(readonly maxKeys: number) {}

  protected get(key: string): V | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  protected set(key: string, value: V): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!)
  }

  get size(): number {
    return this.entries.size
  }
}

export class TokenBucket extends Bounded<{ tokens: number; at: number }> {
  constructor(
    readonly rate: number,
    readonly perMs: number,
    readonly burst: number = rate,
    maxKeys = 10_000
  ) {
    super(maxKeys)
    if (!(rate > 0) || !(perMs > 0) || !(burst >= 1)) throw new RangeError('a token bucket needs a positive rate, period and burst')
  }

  /** takes one token of the key: 0 when there was one, else the milliseconds until there is */
  take(key: string, now: number): number {
    const bucket = this.get(key) ?? { tokens: this.burst, at: now }
    const tokens = Math.min(this.burst, bucket.tokens + (Math.max(0, now - bucket.at) * this.rate) / this.perMs)
    if (tokens >= 1) {
      this.set(key, { tokens: tokens - 1, at: now })
      return 0
    }
    this.set(key, { tokens, at: now })
    return Math.ceil(((1 - tokens) * this.perMs) / this.rate)
  }
}

export class FailureLockout extends Bounded<number[]> {
  constructor(
    readonly maxFailures: number,
    readonly windowMs: number,
    maxKeys = 10_000
  ) {
    super(maxKeys)
    if (!(maxFailures >= 1) || !(windowMs > 0)) throw new RangeError('a lockout needs at least one failure and a positive window')
  }

  private recent(key: string, now: number): number[] {
    return (this.get(key) ?? []).filter(at => at > now - this.windowMs)
  }

  /** 0 when the key may try, else the milliseconds until it may again */
  retryAfter(key: string, now: number): number {
    const failures = this.recent(key, now)
    if (failures.length < this.maxFailures) return 0
    return failures[failures.length - this.maxFailures] + this.windowMs - now
  }

  fail(key: string, now: number): void {
    this.set(key, [...this.recent(key, now), now].slice(-this.maxFailures))
  }

  succeed(key: string): void {
    this.entries.delete(key)
  }
}

/** whole seconds for a `Retry-After` header, at least 1 */
export const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000))

/**
 * A limiter made from its settings and kept while they stay the same: `limiter(settings)` gives the one made for
 * equal settings before (so its counts go on), or a new one when they changed (tests change them at run time).
 */
export function keptWhileUnchanged<C, T>(make: (config: C) => T): (config: C) => T {
  let kept: { key: string; value: T } | undefined
  return config => {
    const key = JSON.stringify(config)
    if (kept?.key !== key) kept = { key, value: make(config) }
    return kept.value
  }
}
