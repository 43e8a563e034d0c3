// A launchpad tile with a figure (srv/common/launchpad-config.ts): it reads the app's tile function, the same
// `indicatorDataSource` that SAP Build Work Zone's dynamic tile reads in production, and shows its number, unit and
// info the way the standard dynamic tile does (number, numberUnit, numberDigits, numberState, info, infoState); again
// every `refresh` seconds while the launchpad is open.
sap.ui.define(
  ['sap/ui/core/UIComponent', 'sap/m/GenericTile', 'sap/m/TileContent', 'sap/m/NumericContent', 'sap/ui/core/format/NumberFormat'],
  function (UIComponent, GenericTile, TileContent, NumericContent, NumberFormat) {
    'use strict'
    const STATES = { Positive: 'Good', Negative: 'Error', Critical: 'Critical', Neutral: 'Neutral', Good: 'Good', Error: 'Error' }

    return UIComponent.extend('scope3.launchpad.tiles.figure.Component', {
      metadata: { manifest: 'json' },

      createContent: function () {
        const p = this.getComponentData().properties
        this._figure = new NumericContent({
          value: '…',
          icon: p.icon,
          withMargin: false,
          animateTextChange: false,
          // the whole figure, never cut ("1,234.567", not "1,23…")
          truncateValueTo: 12,
          width: '100%'
        })
        this._content = new TileContent({ unit: p.numberUnit, footer: p.info, content: this._figure })
        this._tile = new GenericTile({
          header: p.title,
          subheader: p.subtitle,
          // (the launchpad's tile container takes clicks on a link away: the tile navigates itself)
          press: () => {
            window.location.hash = p.targetURL
          },
          frameType: 'OneByOne',
          tileContent: [this._content]
        })
        this._tile.addStyleClass('sapUshellTileFigure')
        this._load()
        return this._tile
      },

      _load: function () {
        const p = this.getComponentData().properties
        fetch(p.indicatorUrl, { credentials: 'same-origin', headers: { accept: 'application/json' } })
          .then(response => {
            if (!response.ok) throw new Error(response.status + ' ' + response.statusText)
            return response.json()
          })
          .then(data => this._show(data))
          .catch(() => {
            this._figure.setValue('–')
            this._figure.setValueColor('Neutral')
            this._content.setFooter('Figure not available')
          })
          .then(() => {
            if (p.refresh > 0 && !this._exited) this._timer = setTimeout(this._load.bind(this), p.refresh * 1000)
          })
      },

      _show: function (data) {
        const digits = data.numberDigits >= 0 ? data.numberDigits : 0
        const number = typeof data.number === 'string' ? parseFloat(data.number) : data.number
        const format = NumberFormat.getFloatInstance({ minFractionDigits: digits, maxFractionDigits: digits, groupingEnabled: true })
        this._figure.setValue(number == null || isNaN(number) ? '–' : format.format(number))
        this._figure.setValueColor(STATES[data.numberState] || 'Neutral')
        if (data.numberUnit != null) this._content.setUnit(data.numberUnit)
        if (data.info != null) this._content.setFooter(data.info)
        if (data.infoState && STATES[data.infoState]) this._content.setState(data.infoState === 'Error' ? 'Failed' : 'Loaded')
      },

      exit: function () {
        this._exited = true
        clearTimeout(this._timer)
      }
    })
  }
)
