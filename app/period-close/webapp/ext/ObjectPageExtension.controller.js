// The period's object page follows its close job: while the period is in closing (after Close, or when the page
// opens on a period being closed) it refreshes itself every 2 seconds, and says with a message toast how the job
// ended. The job runs in the background after the action's request has committed (srv/close/period-close-service.ts),
// so the action's side effects alone would leave the page at "inClosing".
sap.ui.define(['sap/ui/core/mvc/ControllerExtension', 'sap/m/MessageToast'], function (ControllerExtension, MessageToast) {
  'use strict'
  const EVERY_MS = 2000

  return ControllerExtension.extend('scope3.periodclose.ext.ObjectPageExtension', {
    override: {
      routing: {
        onAfterBinding: function (context) {
          this._follow(context)
        }
      },
      onExit: function () {
        this._stop()
      }
    },

    _stop: function () {
      clearTimeout(this._timer)
      this._timer = undefined
      if (this._binding) this._binding.destroy()
      this._binding = undefined
    },

    _follow: function (context) {
      this._stop()
      this._context = context
      this._closing = false
      if (!context) return
      // the status changes through the close action's side effects: follow the property
      this._binding = context.getModel().bindProperty('status', context)
      this._binding.attachChange(() => {
        if (!this._timer) this._check(context)
      })
      this._binding.initialize()
    },

    _check: function (context) {
      if (this._context !== context) return
      const status = context.getProperty('status')
      if (status === 'inClosing') {
        this._closing = true
        this._timer = setTimeout(() => {
          this.base
            .getExtensionAPI()
            .refresh()
            .catch(() => undefined)
            .then(() => {
              this._timer = undefined
              this._check(context)
            })
        }, EVERY_MS)
      } else if (this._closing && status) {
        this._closing = false
        MessageToast.show(
          status === 'closed'
            ? 'Period ' + (context.getProperty('periodTitle') || '') + ' is closed: its figures are frozen in a signed snapshot'
            : 'The close job ended without closing the period (status ' + status + '): see Jobs'
        )
      }
    }
  })
})
