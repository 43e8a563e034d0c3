sap.ui.define(['sap/fe/core/AppComponent'], function (AppComponent) {
  'use strict'
  return AppComponent.extend('scope3.orderestimates.Component', { metadata: { manifest: 'json' } })
})
