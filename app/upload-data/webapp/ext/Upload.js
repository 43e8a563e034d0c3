/**
 * The "Upload File" action of the list report: a dialog to pick the activity type, the company code and the file
 * (CSV or XLSX), which calls UploadService.upload with the file's bytes as base64. The batch it makes is validated
 * and previewed, not committed: its object page shows the messages per row and the Commit action.
 */
sap.ui.define(
  [
    'sap/m/Dialog',
    'sap/m/Button',
    'sap/m/Label',
    'sap/m/Select',
    'sap/m/Input',
    'sap/m/Link',
    'sap/m/MessageToast',
    'sap/m/MessageBox',
    'sap/m/VBox',
    'sap/ui/core/Item',
    'sap/ui/core/format/NumberFormat',
    'sap/ui/unified/FileUploader'
  ],
  function (Dialog, Button, Label, Select, Input, Link, MessageToast, MessageBox, VBox, Item, NumberFormat, FileUploader) {
    'use strict'

    const TYPES = ['flights', 'hotels', 'travel', 'commuting', 'freight', 'waste', 'energy']
    /** a figure in t CO2e as the apps show it: three decimals */
    const TONNES = NumberFormat.getFloatInstance({ minFractionDigits: 3, maxFractionDigits: 3 })

    function base64Of(file) {
      return new Promise(function (resolve, reject) {
        const reader = new FileReader()
        reader.onload = function () {
          resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
        }
        reader.onerror = function () {
          reject(reader.error)
        }
        reader.readAsDataURL(file)
      })
    }

    return {
      open: function () {
        const api = this // eslint-disable-line @typescript-eslint/no-this-alias -- the extension API, used in the dialog's callbacks
        const model = api.getModel()
        const i18n = api.getModel('i18n').getResourceBundle()
        let file
        const type = new Select({
          id: 'uploadActivityType',
          width: '100%',
          items: TYPES.map(function (t) {
            return new Item({ key: t, text: t })
          })
        })
        const companyCode = new Input({ id: 'uploadCompanyCode', value: '1010', maxLength: 4 })
        const uploader = new FileUploader({
          id: 'uploadFile',
          width: '100%',
          fileType: ['csv', 'xlsx'],
          sendXHR: false,
          change: function (event) {
            file = event.getParameter('files') && event.getParameter('files')[0]
          }
        })
        const template = new Link({
          text: i18n.getText('DownloadTemplate'),
          press: function () {
            const url = model.getServiceUrl() + "template(activityType='" + type.getSelectedKey() + "')"
            fetch(url, { headers: { accept: 'application/json' } })
              .then(function (r) {
                return r.json()
              })
              .then(function (body) {
                const a = document.createElement('a')
                a.href = URL.createObjectURL(new Blob([body.value], { type: 'text/csv' }))
                a.download = type.getSelectedKey() + '-template.csv'
                a.click()
              })
          }
        })
        const dialog = new Dialog({
          title: i18n.getText('UploadTitle'),
          contentWidth: '30rem',
          content: new VBox({
            items: [
              new Label({ text: i18n.getText('ActivityType'), labelFor: type }),
              type,
              new Label({ text: i18n.getText('CompanyCode'), labelFor: companyCode }),
              companyCode,
              new Label({ text: i18n.getText('File'), labelFor: uploader }),
              uploader,
              template
            ]
          }).addStyleClass('sapUiSmallMargin'),
          beginButton: new Button({
            id: 'uploadSubmit',
            text: i18n.getText('Upload'),
            type: 'Emphasized',
            press: function () {
              if (!file) {
                MessageToast.show(i18n.getText('ChooseFile'))
                return
              }
              dialog.setBusy(true)
              base64Of(file)
                .then(function (content) {
                  const operation = model.bindContext('/upload(...)')
                  operation.setParameter('activityType', type.getSelectedKey())
                  operation.setParameter('companyCode', companyCode.getValue())
                  operation.setParameter('fileName', file.name)
                  operation.setParameter('content', content)
                  return operation.execute().then(function () {
                    return operation.getBoundContext().requestObject()
                  })
                })
                .then(function (batch) {
                  dialog.close()
                  MessageToast.show(
                    i18n.getText('Uploaded', [
                      batch.fileName,
                      batch.rowsRead,
                      batch.rowsWithErrors,
                      TONNES.format(Number(batch.kgCO2eLocation) / 1000)
                    ])
                  )
                  api.refresh()
                })
                .catch(function (error) {
                  MessageBox.error(error.message)
                })
                .finally(function () {
                  dialog.setBusy(false)
                })
            }
          }),
          endButton: new Button({
            text: i18n.getText('Cancel'),
            press: function () {
              dialog.close()
            }
          }),
          afterClose: function () {
            dialog.destroy()
          }
        })
        dialog.open()
      }
    }
  }
)
