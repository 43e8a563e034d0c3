namespace scope3;

/**
 * A launchpad tile's figure, in the shape SAP Fiori launchpad's dynamic tile reads from an inbound's
 * `indicatorDataSource` (number, numberUnit, numberDigits, numberState, info, infoState): each app with a figure that
 * matters has a function returning it in its own service, so it is read with the user's roles and company codes.
 * The local launchpad's figure tile (app/launchpad/webapp/tiles/figure) reads the same function.
 */
type DynamicTileData {
  number       : Decimal(31, 3);
  numberUnit   : String(20);
  numberDigits : Integer;
  /** Positive, Negative, Critical or Neutral */
  numberState  : String(10);
  info         : String(100);
  infoState    : String(10);
}
