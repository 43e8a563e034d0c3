// The header actions "Inventory (CSV)" and "Inventory (XLSX)" of a period's object page: the browser downloads the
// Scope 3 inventory of the period's reporting year (InventoryService.inventoryCsv / inventoryXlsx; the company codes
// the user may see); "Disclosures (CSV)" and "(XLSX)", shown once the period has been closed, the year's disclosures
// from its closed periods (InventoryService.disclosureCsv / disclosureXlsx). The URL is the app's own service URL
// with the inventory service's name, so that it goes the way the app's OData requests go (the local server, or the
// app router's /odata route in SAP Build Work Zone).
sap.ui.define(['sap/m/library'], function (mobileLibrary) {
  'use strict'

  function download(extensionAPI, context, name) {
    const service = extensionAPI.getModel().getServiceUrl()
    const inventory = service.replace(/period-close\/$/, 'inventory/')
    const year = context.getProperty('fiscalYear')
    mobileLibrary.URLHelper.redirect(`${inventory}${name}(reportingYear=${year})`, false)
  }

  return {
    csv: function (context) {
      download(this, context, 'inventoryCsv')
    },
    xlsx: function (context) {
      download(this, context, 'inventoryXlsx')
    },
    disclosuresCsv: function (context) {
      download(this, context, 'disclosureCsv')
    },
    disclosuresXlsx: function (context) {
      download(this, context, 'disclosureXlsx')
    }
  }
})
