// Starts the sandbox launchpad once UI5 and the ushell sandbox (test-resources/sap/ushell/bootstrap/sandbox.js) are up,
// with the signed-in user's roles in the user menu (the configuration is built per user: srv/common/launchpad-config.ts).
// Should the boot fail, the page says so instead of staying blank.
sap.ui.define(['sap/ushell/Container'], function (Container) {
  'use strict'
  const user = (window['sap-ushell-config'] && window['sap-ushell-config'].scope3 && window['sap-ushell-config'].scope3.user) || {}
  const failed = function (error) {
    const box = document.createElement('div')
    box.className = 'scope3BootError'
    box.setAttribute('role', 'alert')
    box.style.cssText =
      'font: 1rem/1.5 sans-serif; margin: 3rem auto; max-width: 40rem; padding: 1rem 1.5rem; border-left: 4px solid #aa0808'
    box.textContent =
      'The launchpad could not start: ' +
      ((error && error.message) || error || 'unknown error') +
      '. Reload the page; if it fails again, ask your administrator.'
    document.body.appendChild(box)
  }
  Container.createRendererInternal('fiori2')
    .then(function (renderer) {
      renderer.placeAt('content')
      const roles = user.roles || []
      // (the user menu is an extra: should it fail, the launchpad still works)
      Container.getServiceAsync('Extension')
        .then(function (extension) {
          return extension.createUserAction({
            id: 'scope3UserRoles',
            icon: 'sap-icon://role',
            text: 'Roles: ' + (roles.length ? roles.join(', ') : 'none')
          })
        })
        .then(function (item) {
          item.showOnHome()
          item.showForAllApps()
        })
        .catch(function (error) {
          sap.ui.require(['sap/base/Log'], function (Log) {
            Log.error('user menu: roles not shown: ' + error)
          })
        })
    })
    .catch(failed)
})
