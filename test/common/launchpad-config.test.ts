import { expect } from 'chai'
import { launchpadConfig, openInS4, type Launchpad } from '../../srv/common/launchpad-config'

describe('Launchpad configuration: the way to S/4HANA', () => {
  const user = { id: 'erin', is: (role: string) => role === 'ERPUser' }
  const app = {
    intent: 'PurchaseOrder-displayEmissions',
    title: 'Purchase Order Emissions',
    component: 'scope3.poemissions',
    url: '/po-emissions',
    roles: ['ERPUser']
  }
  const applicationsOf = (config: any): Array<Record<string, any>> => [
    config.services.ClientSideTargetResolution.adapter.config.applications,
    config.services.NavTargetResolutionInternal.adapter.config.applications
  ]

  it('resolves PurchaseOrder-manage to S/4HANA only where its launchpad is configured, client-side as a launchpad does', () => {
    const without: Launchpad = { apps: [app], knownRoles: ['ERPUser'] }
    for (const applications of applicationsOf(launchpadConfig(without, user))) {
      expect(applications).to.have.property('PurchaseOrder-displayEmissions')
      expect(applications).not.to.have.property('PurchaseOrder-manage')
    }
    const config: any = launchpadConfig({ ...without, s4Launchpad: 'https://s4.example.com/sap/bc/ui2/flp' }, user)
    // the action counts when Fiori elements asks which links an order has (the local resolver would ignore it)
    expect(config.services.NavTargetResolutionInternal.config.enableClientSideTargetResolution).to.equal(true)
    for (const applications of applicationsOf(config))
      expect(applications['PurchaseOrder-manage']).to.deep.include({ applicationType: 'URL', url: '/launchpad/s4/PurchaseOrder-manage' })
  })

  it("leads on to S/4HANA's launchpad with the order's number in the hash, and with nothing else", () => {
    const flp = 'https://s4.example.com/sap/bc/ui2/flp'
    expect(openInS4(flp, '4500000101')).to.equal('https://s4.example.com/sap/bc/ui2/flp#PurchaseOrder-manage?PurchaseOrder=4500000101')
    for (const bad of [undefined, '', 'x', '45000001011', '4500000101#evil', ['4500000101'], "4500000101'"])
      expect(openInS4(flp, bad), JSON.stringify(bad)).to.equal(undefined)
  })
})
