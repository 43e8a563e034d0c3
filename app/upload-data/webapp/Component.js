sap.ui.define(['sap/fe/core/AppComponent'], function (AppComponent) {
  'use strict'
  return AppComponent.extend('scope3.uploaddata.Component', { metadata: { manifest: 'json' } })
})
