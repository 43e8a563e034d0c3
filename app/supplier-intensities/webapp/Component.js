sap.ui.define(['sap/fe/core/AppComponent'], function (AppComponent) {
  'use strict'
  return AppComponent.extend('scope3.supplierintensities.Component', { metadata: { manifest: 'json' } })
})
