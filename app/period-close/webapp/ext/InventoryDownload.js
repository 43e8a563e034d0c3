// The header actions "Inventory (CSV)" and "Inventory (XLSX)" of a period's object page: the browser downloads the
// Scope 3 inventory of the period's reporting year (InventoryService.inventoryCsv / inventoryXlsx; the company codes
// the user may see). The URL is the app's own service URL with the inventory service's name, so that it goes the way
// the app's OData requests go (the local server, or the app router's /odata route in SAP Build Work Zone).
sap.ui.define(['sap/m/library'], function (mobileLibrary) {
  'use strict'

  function download(extensionAPI, context, format) {
    const service = extensionAPI.getModel().getServiceUrl()
    const inventory = service.replace(/period-close\/$/, 'inventory/')
    const year = context.getProperty('fiscalYear')
    mobileLibrary.URLHelper.redirect(`${inventory}inventory${format}(reportingYear=${year})`, false)
  }

  return {
    csv: function (context) {
      download(this, context, 'Csv')
    },
    xlsx: function (context) {
      download(this, context, 'Xlsx')
    }
  }
})
