// Starts the sandbox launchpad once UI5 and the ushell sandbox (test-resources/sap/ushell/bootstrap/sandbox.js) are up.
sap.ui.define(['sap/ushell/Container'], function (Container) {
  'use strict'
  Container.createRendererInternal('fiori2').then(function (renderer) {
    renderer.placeAt('content')
  })
})
