using { scope3 } from '../../db/schema';
using { scope3.DynamicTileData } from '../common/launchpad-tiles';

/**
 * Activity data beyond purchase orders, as files (CSV, XLSX) or as rows an integration pushes: flights, hotel nights,
 * freight shipments, waste. Each upload is validated (messages per row and column) and previewed with today's rules
 * and factors first; `commit` turns it into activities all-or-nothing (or only its valid rows, when asked), which are
 * attributed like every other source and respect closed periods; `reverse` takes a committed upload out as a whole.
 * The same content twice (file hash, or the caller's batch id) gives the same batch. Templates: `template`.
 */
@path: '/odata/v4/uploads'
service UploadService {
  @readonly entity Batches as projection on scope3.UploadBatches {
    *,
    // warning only where rows have errors: a clean upload waiting for its commit is no problem
    case when status = 'committed' then 3 when status = 'reversed' or status = 'failed' then 1
         when rowsWithErrors > 0 then 2 else 0 end as statusCriticality : Integer,
    /** the figures in tonnes for the app's list and header (shown to 3 decimals; kg stays the exact figure) */
    kgCO2eLocation / 1000.0 as tCO2eLocation : Decimal(28, 3),
    kgCO2eMarket / 1000.0   as tCO2eMarket   : Decimal(28, 3),
    /** percent done of a background job: validation's rows read, or a commit's rows as its instance knows them */
    virtual null as progress : Integer
  } actions {
    /** the rows become activities and are attributed; with errors only if validRowsOnly says so */
    action commit(validRowsOnly : Boolean @title: '{i18n>ValidRowsOnly}') returns Batches;
    /** commit with validRowsOnly: the valid rows become activities, the rows with errors are left out */
    action commitValidRows() returns Batches;
    /** reversing entries for every activity of the batch; nothing is deleted */
    action reverse(reason : String(500) @mandatory @title: '{i18n>ReversalReason}') returns Batches;
    /** the rows as read, with their figure and messages, as CSV (text that a spreadsheet would run is escaped) */
    function rowsCsv() returns LargeString;
  };
  @readonly entity Rows     as projection on scope3.UploadRows {
    key batch, key row, cells, valid, description, reference, derivation, proposal, kgCO2eLocation, activities,
    /** the row's figure to the gram, as the app shows it (kgCO2eLocation keeps six decimals) */
    kgCO2eLocation as kgCO2eRounded : Decimal(31, 3),
    factor.ID as factorID : String(60), factor.description as factorDescription : String(1000), factor.value as factorValue : Decimal(28, 12),
    factor.value as factorValueRounded : Decimal(28, 6)
  };
  @readonly entity Messages as projection on scope3.UploadMessages;
  /** what a committed row became (its figures: AccountingService.CurrentAttributions) */
  @readonly entity Activities as projection on scope3.Activities {
    ID, sourceSystem, documentType, documentNumber, documentItem, postingDate, fiscalYear, fiscalPeriod, companyCode, description,
    quantity, unit, transportMass, transportMassUnit, distance, distanceUnit, activityCode, status, upload, uploadRow
  } where sourceSystem = 'UPLOAD';

  // value help
  @readonly entity CompanyCodes as projection on scope3.CompanyCodes;

  /** a file: its bytes as base64 (at most 20 MB); validated and previewed, not committed */
  action upload(activityType : String(20) @mandatory, companyCode : String(4) @mandatory, fileName : String(255) @mandatory,
                content : LargeString @mandatory) returns Batches;

  /**
   * rows pushed by an integration (e.g. a transport management system), with the template's columns; the same
   * batchId again returns the batch it made; with commit the rows are committed at once if all are valid
   */
  action submitRows(activityType : String(20) @mandatory, companyCode : String(4) @mandatory, batchId : String(100) @mandatory,
                    rows : many ActivityRow, commit : Boolean) returns Batches;

  /** the columns of every template (a CSV template per type: `template`) */
  function templates() returns many TemplateColumn;
  /** the CSV template of an activity type: the header and an example row */
  function template(activityType : String(20)) returns LargeString;

  /** the cells of one row of any template (each template uses its own columns; see `templates`) */
  type ActivityRow {
    date         : String(10);
    travellerRef : String(100);
    origin       : String(3);
    destination  : String(3);
    cabinClass   : String(20);
    trip         : String(10);
    passengers   : String(10);
    country      : String(2);
    nights       : String(10);
    rooms        : String(10);
    mode         : String(20);
    mass         : String(20);
    massUnit     : String(3);
    distanceKm   : String(20);
    carrier      : String(100);
    fuel         : String(20);
    fuelLitres   : String(20);
    wasteType    : String(100);
    treatment    : String(40);
    contractor   : String(100);
  }

  type TemplateColumn {
    activityType : String(20);
    title        : String(100);
    /** the Scope 3 category the seeded rule attributes this type to */
    category     : Integer;
    column       : String(40);
    required     : Boolean;
    description  : String(200);
    example      : String(100);
    values       : String(500);
  }

  /** the launchpad tile's figure: validated uploads waiting to be committed */
  function batchesAwaitingCommitTile() returns DynamicTileData;
}
