import cds from '@sap/cds'
import path from 'node:path'
import { Decimal } from '../../srv/lib/common/decimal'

describe('AdminService: factors and rules maintained in Fiori drafts', () => {
  const { GET, POST, PATCH, DELETE: DEL, expect, axios } = cds.test(path.join(__dirname, '..', '..'))
  axios.defaults.auth = { username: 'alice', password: '' }
  axios.defaults.validateStatus = (s: number) => s < 500
  const admin = '/odata/v4/admin'
  const draftOf = (set: string): string => `${admin}/FactorSets(code='${set}',IsActiveEntity=false)`

  /** A new factor set draft with one factor, as the Manage Emission Factors app creates it. */
  async function factorSetDraft(code: string, factor: Record<string, unknown>): Promise<any> {
    expect(
      (await POST(`${admin}/FactorSets`, { code, title: `${code} factors`, publisher: 'Test supplier', version: '1' })).status
    ).to.equal(201)
    const created = await POST(`${draftOf(code)}/factors`, {})
    expect(created.status).to.equal(201)
    const { ID } = created.data
    await PATCH(`${admin}/EmissionFactors(ID='${encodeURIComponent(ID as string)}',IsActiveEntity=false)`, factor)
    return created.data
  }

  it('creates a factor set draft, numbers its factors and activates it as a draft-status set', async () => {
    const factor = await factorSetDraft('TEST-PCF', {
      description: 'Steel coil, supplier-specific',
      value: '1.85',
      unit_code: 'KGM',
      region_code: 'DE',
      year: 2025,
      family: 'test-steel'
    })
    expect(factor).to.include({ ID: 'TEST-PCF/F001', code: 'F001', factorSet_code: 'TEST-PCF' })
    const { status, data } = await POST(`${draftOf('TEST-PCF')}/AdminService.draftActivate`, {})
    expect(status, JSON.stringify(data)).to.equal(201)
    expect(data).to.include({ code: 'TEST-PCF', status_code: 'draft', locked: false, IsActiveEntity: true })
    const saved = (await GET("/odata/v4/factors/EmissionFactors('TEST-PCF%2FF001')")).data
    expect(saved).to.include({ unit_code: 'KGM', region_code: 'DE', year: 2025 })
    expect(Number(saved.value)).to.equal(1.85)
  })

  it('refuses bad factors at the field on activation and writes nothing: negative value, unknown unit, inverted validity', async () => {
    const factor = await factorSetDraft('TEST-BAD', {
      description: 'wrong',
      value: '-2',
      unit_code: 'NOPE',
      validFrom: '2025-12-31',
      validTo: '2025-01-01'
    })
    const factorPath = `${admin}/EmissionFactors(ID='${encodeURIComponent(factor.ID as string)}',IsActiveEntity=false)`
    const activate = async (): Promise<any> => {
      const { status, data } = await POST(`${draftOf('TEST-BAD')}/AdminService.draftActivate`, {})
      expect(status).to.equal(400)
      return data.error
    }
    // each message names the factor's field, where Fiori elements shows it
    const messages = (await activate()).details.map((e: any) => [e.target, e.message])
    expect(messages).to.deep.include.members([
      [`in/factors(ID='TEST-BAD%2FF001',IsActiveEntity=false)/value`, 'An emission factor is not negative'],
      [`in/factors(ID='TEST-BAD%2FF001',IsActiveEntity=false)/unit_code`, 'Unknown unit of measure NOPE']
    ])
    await PATCH(factorPath, { value: '2', unit_code: 'KGM' })
    expect(await activate()).to.include({
      target: `in/factors(ID='TEST-BAD%2FF001',IsActiveEntity=false)/validTo`,
      message: 'The validity of the factor ends before it starts'
    })
    expect((await GET(`${admin}/FactorSets(code='TEST-BAD',IsActiveEntity=true)`)).status).to.equal(404)
    expect((await GET("/odata/v4/factors/EmissionFactors('TEST-BAD%2FF001')")).status).to.equal(404)
    await PATCH(factorPath, { validTo: null })
    expect((await POST(`${draftOf('TEST-BAD')}/AdminService.draftActivate`, {})).status).to.equal(201)
  })

  it('publishes a set once it has factors; a published set can no longer be edited, only deprecated', async () => {
    const active = `${admin}/FactorSets(code='TEST-PCF',IsActiveEntity=true)`
    expect((await POST(`${active}/AdminService.publish`, {})).status).to.equal(204)
    expect((await GET(active)).data).to.include({ status_code: 'published', locked: true, statusCriticality: 3 })
    const edit = await POST(`${active}/AdminService.draftEdit`, { PreserveChanges: true })
    expect(edit.status).to.equal(409)
    expect(edit.data.error.message).to.match(/TEST-PCF is published/)
    const { CalculationLog } = cds.entities('scope3')
    expect(await SELECT.one.from(CalculationLog).where({ action: 'factorSetPublication', subject: 'TEST-PCF 1' })).to.exist
    const noReason = await POST(`${active}/AdminService.deprecate`, {})
    expect(noReason.status).to.equal(400)
    expect((await POST(`${active}/AdminService.deprecate`, { reason: 'replaced by the 2026 declaration' })).status).to.equal(204)
    expect((await GET(active)).data.status_code).to.equal('deprecated')
  })

  it('refuses to publish an empty set', async () => {
    await POST(`${admin}/FactorSets`, { code: 'TEST-EMPTY', title: 'empty', publisher: 'x', version: '1' })
    expect((await POST(`${draftOf('TEST-EMPTY')}/AdminService.draftActivate`, {})).status).to.equal(201)
    const { status, data } = await POST(`${admin}/FactorSets(code='TEST-EMPTY',IsActiveEntity=true)/AdminService.publish`, {})
    expect(status).to.equal(409)
    expect(data.error.message).to.match(/no factors/)
  })

  describe('attribution rules', () => {
    const rules = `${admin}/AttributionRules`
    const used = async (): Promise<any> => {
      const { Attributions } = cds.entities('scope3')
      const a = await SELECT.one
        .from(Attributions)
        .columns('rule_ID')
        .where({ rule_ID: { '!=': null }, supersededBy_ID: null })
      return (await GET(`${rules}(ID=${a.rule_ID as string},IsActiveEntity=true)`)).data
    }

    it('a version that attributions used is not edited; newVersion drafts its successor, whose activation retires it', async () => {
      const rule = await used()
      expect(rule.inUse).to.equal(true)
      const edit = await POST(`${rules}(ID=${rule.ID as string},IsActiveEntity=true)/AdminService.draftEdit`, { PreserveChanges: true })
      expect(edit.status).to.equal(409)
      expect(edit.data.error.message).to.match(/used by attributions/)
      const { status, data: draft } = await POST(`${rules}(ID=${rule.ID as string},IsActiveEntity=true)/AdminService.newVersion`, {})
      expect(status, JSON.stringify(draft)).to.equal(200)
      expect(draft).to.include({ ruleKey: rule.ruleKey, version: rule.version + 1, IsActiveEntity: false })
      expect(draft.ID).to.not.equal(rule.ID)
      await PATCH(`${rules}(ID=${draft.ID as string},IsActiveEntity=false)`, { priority: rule.priority + 1 })
      const activated = await POST(`${rules}(ID=${draft.ID as string},IsActiveEntity=false)/AdminService.draftActivate`, {})
      expect(activated.status, JSON.stringify(activated.data)).to.equal(201)
      const versions = (await GET(`${rules}?$filter=ruleKey eq '${rule.ruleKey as string}' and IsActiveEntity eq true&$orderby=version`))
        .data.value
      expect(versions.map((v: any) => [v.version, v.active])).to.deep.equal([
        [rule.version, false],
        [rule.version + 1, true]
      ])
    })

    it('previews the impact of a rule draft per category against the current figures, changing nothing', async () => {
      const { Attributions, EmissionFactors } = cds.entities('scope3')
      const line = await SELECT.one
        .from(Attributions)
        .columns('factor_ID', 'category_code', 'rule_ID')
        .where({ supersededBy_ID: null, method_code: 'spend-based', kgCO2eLocation: { '>': 0 } })
      const held = await SELECT.from(Attributions).columns('kgCO2eLocation').where({ supersededBy_ID: null, rule_ID: line.rule_ID })
      const { data: draft } = await POST(`${rules}(ID=${line.rule_ID as string},IsActiveEntity=true)/AdminService.newVersion`, {})
      const draftPath = `${rules}(ID=${draft.ID as string},IsActiveEntity=false)`
      const before = await SELECT.one.from(Attributions).columns('count(1) as n')
      // the same content as a new version moves no figure
      const same = await POST(`${draftPath}/AdminService.previewImpact`, {})
      expect(same.status, JSON.stringify(same.data)).to.equal(200)
      expect(same.data.value.every((l: any) => l.changedLines === 0 && l.deltaLocation === '0.000000')).to.equal(true)
      // a factor three times as high triples the rule's lines: the delta is twice what they hold now
      const factor = await SELECT.one.from(EmissionFactors, line.factor_ID)
      const tripled = {
        ID: 'TEST-PCF/TRIPLE',
        factorSet_code: 'TEST-PCF',
        code: 'TRIPLE',
        value: new Decimal(factor.value).times(3).toString(),
        currency_code: factor.currency_code,
        currencyYear: factor.currencyYear,
        region_code: factor.region_code,
        unit_code: factor.unit_code
      }
      await INSERT.into(EmissionFactors).entries(tripled)
      // (the engine spends in the set's currency year: the tripled factor joins the original set)
      await UPDATE(EmissionFactors, tripled.ID).with({ factorSet_code: factor.factorSet_code })
      await PATCH(draftPath, { factor_ID: tripled.ID })
      const { data, headers } = await POST(`${draftPath}/AdminService.previewImpact`, {})
      const category = data.value.find((l: any) => l.category === line.category_code)
      const heldKg = held.reduce((sum: Decimal, a: any) => sum.plus(a.kgCO2eLocation), new Decimal(0))
      expect(category.changedLines).to.equal(held.length)
      expect(
        new Decimal(category.deltaLocation)
          .minus(heldKg.times(2))
          .abs()
          .lte(0.00001 * held.length),
        `${category.deltaLocation as string} vs ${heldKg.times(2).toString()}`
      ).to.equal(true)
      expect(category.categoryName).to.be.a('string')
      // Fiori elements shows the preview as messages: a summary and one line per changed category
      const messages = JSON.parse(headers['sap-messages'] as string).map((m: any) => m.message as string)
      expect(messages[0]).to.match(new RegExp(`${held.length} figure\\(s\\) would change`))
      expect(messages.some((m: string) => m.startsWith(`Category ${line.category_code as number} (`))).to.equal(true)
      // nothing was written
      expect(await SELECT.one.from(Attributions).columns('count(1) as n')).to.deep.equal(before)
      expect((await DEL(draftPath)).status).to.equal(204)
    })

    it('validates a new rule at its fields: category, a factor or family, dates that overlap another rule', async () => {
      const { data: draft } = await POST(rules, { ruleKey: 'TEST-RULE', name: 'Test rule', method_code: 'spend-based' })
      const path = `${rules}(ID=${draft.ID as string},IsActiveEntity=false)`
      await PATCH(path, { validFrom: '2025-06-01', validTo: '2025-01-01' })
      const activate = async (): Promise<any> => {
        const { status, data } = await POST(`${path}/AdminService.draftActivate`, {})
        expect(status).to.equal(400)
        return data.error
      }
      expect((await activate()).target).to.equal('in/category_code')
      await PATCH(path, { category_code: 1 })
      // the model's assertions are checked together: each message at its field
      expect((await activate()).details).to.deep.include.members([
        { target: 'in/factorFamily', message: 'A rule names a factor or a factor family', code: '400', '@Common.numericSeverity': 4 },
        { target: 'in/validTo', message: 'The validity of the rule ends before it starts', code: '400', '@Common.numericSeverity': 4 }
      ])
      await PATCH(path, { factorFamily: 'anything' })
      expect(await activate()).to.include({ target: 'in/validTo', message: 'The validity of the rule ends before it starts' })
      // a copy of an active rule's conditions and priority on overlapping dates is ambiguous
      const { AttributionRules } = cds.entities('scope3')
      const other = await SELECT.one.from(AttributionRules).where({ active: true, materialGroup_code: { '!=': null } })
      await PATCH(path, {
        category_code: other.category_code,
        factor_ID: other.factor_ID,
        factorFamily: other.factorFamily,
        validFrom: null,
        validTo: null,
        supplier_ID: other.supplier_ID,
        material_ID: other.material_ID,
        materialGroup_code: other.materialGroup_code,
        plant_code: other.plant_code,
        companyCode_code: other.companyCode_code,
        glAccount: other.glAccount,
        transportMode: other.transportMode,
        documentType: other.documentType,
        priority: other.priority
      })
      const overlap = await POST(`${path}/AdminService.draftActivate`, {})
      expect(overlap.status).to.equal(400)
      expect(overlap.data.error.target).to.equal('in/validFrom')
      expect(overlap.data.error.message).to.include(`${other.ruleKey as string} v${other.version as number}`)
      await PATCH(path, { priority: (other.priority ?? 0) + 1 })
      expect((await POST(`${path}/AdminService.draftActivate`, {})).status).to.equal(201)
    })
  })

  it('an auditor reads but changes nothing', async () => {
    const auditor = { auth: { username: 'audrey', password: '' } }
    expect((await GET(`${admin}/FactorSets`, auditor)).status).to.equal(200)
    expect((await POST(`${admin}/FactorSets`, { code: 'X', title: 'x', publisher: 'x', version: '1' }, auditor)).status).to.equal(403)
  })
})
