import cds from '@sap/cds'
import path from 'node:path'
import { settings } from '../../srv/common/settings'

/**
 * Personal data (db/personal-data.cds) and the audit log (@cap-js/audit-logging): supplier contacts are data subjects,
 * every change of their personal fields is logged with old and new values, only admins and auditors see them, and
 * every refused request (401, 403) is a security event.
 */
describe('Personal data and the audit log', () => {
  const { GET, POST, PATCH, DELETE: DEL, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.validateStatus = () => true
  const as = (username: string): any => ({ auth: { username, password: '' } })
  const contacts = '/odata/v4/admin/SupplierContacts'

  /** what reached the audit log service, as its implementation received it (after CAP's persistent queue) */
  const logged: Array<{ event: string; data: any }> = []
  before(async () => {
    const audit: any = await cds.connect.to('audit-log')
    const target = (cds as any).unboxed?.(audit) ?? audit
    target.prepend(() =>
      target.before('*', (req: any) => {
        logged.push({ event: req.event, data: req.data })
      })
    )
  })
  /** waits until the queue has delivered an entry that matches */
  async function entry(event: string, match: (data: any) => boolean): Promise<any> {
    for (let i = 0; i < 100; i++) {
      const found = logged.find(e => e.event === event && match(e.data))
      if (found !== undefined) return found.data
      await new Promise(resolve => setTimeout(resolve, 50))
    }
    throw new Error(`no ${event} in the audit log; logged: ${JSON.stringify(logged.map(e => e.event))}`)
  }

  it("marks every element that holds a person's name or address as personal data (a new one without the annotation fails)", () => {
    const looksPersonal =
      /^(first|last|full|given|family)?name$|^(first|last)Name$|email|phone|mobile|street|birth|traveller|employee(?!Count)/i
    const missing: string[] = []
    for (const e of Object.values<any>(cds.model!.definitions)) {
      if (e.kind !== 'entity' || e.query !== undefined || !String(e.name).startsWith('scope3.')) continue
      for (const [name, element] of Object.entries<any>(e.elements ?? {})) {
        if (!looksPersonal.test(name) || element.isAssociation) continue
        const personal = element['@PersonalData.IsPotentiallyPersonal'] === true || element['@PersonalData.IsPotentiallySensitive'] === true
        // a name of a company, plant, material or factor set is not personal
        const business = name === 'name' && e['@PersonalData.EntitySemantics'] === undefined
        if (!personal && !business) missing.push(`${e.name as string}.${name}`)
      }
    }
    expect(missing).to.deep.equal([])
    const subject = cds.model!.definitions['scope3.SupplierContacts'] as any
    expect(subject['@PersonalData.EntitySemantics']).to.equal('DataSubject')
    expect(subject.elements.ID['@PersonalData.FieldSemantics']).to.equal('DataSubjectID')
  })

  it('logs the creation, change and deletion of a supplier contact with old and new values, and who did it', async () => {
    const created = await POST(
      contacts,
      { supplier_ID: '17300006', firstName: 'Amira', lastName: 'Shah', email: 'amira.shah@thames-office.example', jobTitle: 'ESG analyst' },
      as('sam')
    )
    expect(created.status, JSON.stringify(created.data)).to.equal(201)
    const { ID } = created.data
    const create = await entry(
      'PersonalDataModified',
      d => d.object?.id?.ID === ID && d.attributes.some((a: any) => a.name === 'email' && a.old === undefined)
    )
    expect(create.data_subject).to.deep.include({ role: 'Supplier contact', id: { ID } })
    expect(create.user).to.equal('sam')
    expect(create.attributes.map((a: any) => a.name)).to.include.members(['firstName', 'lastName', 'email', 'jobTitle'])

    expect((await PATCH(`${contacts}(${ID as string})`, { email: 'a.shah@thames-office.example' }, as('sam'))).status).to.equal(200)
    const change = await entry(
      'PersonalDataModified',
      d => d.object?.id?.ID === ID && d.attributes.some((a: any) => a.name === 'email' && a.new === 'a.shah@thames-office.example')
    )
    expect(change.attributes.find((a: any) => a.name === 'email')).to.include({
      old: 'amira.shah@thames-office.example',
      new: 'a.shah@thames-office.example'
    })

    expect((await DEL(`${contacts}(${ID as string})`, as('sam'))).status).to.equal(204)
    const removal = await entry(
      'PersonalDataModified',
      d => d.object?.id?.ID === ID && d.attributes.some((a: any) => a.name === 'lastName' && a.old === 'Shah' && a.new === undefined)
    )
    expect(removal.user).to.equal('sam')
  })

  it('refuses an invalid contact at its field and writes nothing', async () => {
    const before = (await GET(`${contacts}/$count`, as('sam'))).data
    const badMail = await POST(contacts, { supplier_ID: '17300006', lastName: 'Shah', email: 'not-an-address' }, as('sam'))
    expect(badMail.status).to.equal(400)
    expect(JSON.stringify(badMail.data.error)).to.contain('email')
    const noSupplier = await POST(contacts, { supplier_ID: '99999999', lastName: 'Shah', email: 'x@y.example' }, as('sam'))
    expect(noSupplier.status).to.equal(400)
    expect(JSON.stringify(noSupplier.data.error)).to.contain('supplier')
    const noName = await POST(contacts, { supplier_ID: '17300006', email: 'x@y.example' }, as('sam'))
    expect(noName.status).to.equal(400)
    expect(JSON.stringify(noName.data.error)).to.contain('lastName')
    expect((await GET(`${contacts}/$count`, as('sam'))).data).to.equal(before)
  })

  it('shows contacts to sustainability admins and auditors only; an auditor changes nothing', async () => {
    expect((await GET(contacts, as('audrey'))).status).to.equal(200)
    expect((await POST(contacts, { supplier_ID: '17300006', lastName: 'X', email: 'x@y.example' }, as('audrey'))).status).to.equal(403)
    for (const user of ['erin', 'carol', 'paula', 'nora']) expect((await GET(contacts, as(user))).status, user).to.equal(403)
    // ERP users, controllers and approvers see suppliers, never their people
    const suppliers = await GET('/odata/v4/emissions/Suppliers?$top=1', as('erin'))
    expect(suppliers.status).to.equal(200)
    expect(Object.keys(suppliers.data.value[0] as object).join()).not.to.match(/contact|email|phone/i)
  })

  it('writes a security event for every refused request: who, what and from where, without query values', async () => {
    expect((await GET(`${contacts}?$filter=lastName eq 'Keller'`, as('erin'))).status).to.equal(403)
    const refused = await entry('SecurityEvent', d => d.data?.user === 'erin' && d.data?.path === contacts)
    expect(refused.data).to.include({ event: 'authorization refused', status: 403, method: 'GET' })
    expect(JSON.stringify(refused)).not.to.contain('Keller')
    expect(refused.ip, JSON.stringify(refused)).to.be.a('string')
    expect((await GET(contacts, { auth: { username: 'mallory', password: 'guess' } })).status).to.equal(401)
    const unknown = await entry('SecurityEvent', d => d.data?.status === 401 && d.data?.path === contacts)
    expect(unknown.data.event).to.equal('authentication failed')
  })

  it('writes no event for a request without credentials, and at most the configured number a minute for a flood from one address', async () => {
    const anonymous = '/odata/v4/admin/Suppliers'
    expect((await GET(anonymous)).status).to.equal(401)
    const flood = '/odata/v4/admin/FactorSets'
    const configured = settings().securityEvents
    settings().securityEvents = { perAddressPerMinute: 5 }
    try {
      for (let i = 0; i < 25; i++) expect((await GET(flood, { auth: { username: `mallory${i}`, password: 'guess' } })).status).to.equal(401)
      await entry('SecurityEvent', d => d.data?.path === flood)
      await new Promise(resolve => setTimeout(resolve, 500))
      expect(logged.filter(e => e.data?.data?.path === flood)).to.have.length(5)
      // once the bucket has a token again (5 a minute: 12 s later, here the clock moved on instead of waiting), the next
      // event says how many were left out
      const now = Date.now
      Date.now = () => now.call(Date) + 12_100
      try {
        expect((await GET(flood, { auth: { username: 'mallory', password: 'again' } })).status).to.equal(401)
      } finally {
        Date.now = now
      }
      const next = await entry('SecurityEvent', d => d.data?.path === flood && d.data?.refusalsNotLogged !== undefined)
      expect(next.data.refusalsNotLogged).to.equal(20)
    } finally {
      settings().securityEvents = configured
    }
    expect(
      logged.some(e => e.data?.data?.path === anonymous),
      'no event without credentials'
    ).to.equal(false)
  })
})
