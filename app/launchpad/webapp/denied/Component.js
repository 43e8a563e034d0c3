// What the launchpad opens for an app the user's roles do not open (srv/common/launchpad-config.ts maps the app's
// intent here, with the app's title and the roles that open it as start-up parameters): the reason, not "Could not
// open app".
sap.ui.define(['sap/ui/core/UIComponent', 'sap/m/MessagePage', 'sap/m/Button'], function (UIComponent, MessagePage, Button) {
  'use strict'
  return UIComponent.extend('scope3.launchpad.denied.Component', {
    metadata: { manifest: 'json' },

    createContent: function () {
      const parameters = (this.getComponentData() || {}).startupParameters || {}
      const first = function (name) {
        return (parameters[name] || [])[0] || ''
      }
      const roles = first('roles').split(',').filter(Boolean)
      const needed = roles.length > 1 ? roles.slice(0, -1).join(', ') + ' or ' + roles[roles.length - 1] : roles[0] || 'another role'
      return new MessagePage({
        showHeader: false,
        icon: 'sap-icon://locked',
        text: 'You are not authorised to use this app (role ' + needed + ' needed)',
        description:
          (first('app') ? first('app') + ' needs the role ' + needed + '. ' : '') +
          'Ask your administrator for a role collection with it; you are signed in as ' +
          (first('user') || 'a user without it') +
          '.',
        buttons: [
          new Button({
            text: 'Back to the launchpad',
            type: 'Emphasized',
            press: function () {
              window.location.hash = '#Shell-home'
            }
          })
        ]
      })
    }
  })
})
