sap.ui.define(['sap/fe/core/AppComponent'], function (AppComponent) {
  'use strict'
  return AppComponent.extend('scope3.pactpartners.Component', { metadata: { manifest: 'json' } })
})
