namespace scope3;

using { cuid, managed, User } from '@sap/cds/common';
using { scope3.CompanyCodes } from './master-data';
using { scope3.Activities } from './accounting';
using { scope3.EmissionFactors } from './factors';

/**
 * One upload of activity data beyond purchase orders (flights, hotel nights, freight, waste): a file, or rows pushed
 * through the API. It is validated and previewed first, then committed all-or-nothing as activities of its own
 * (lineage: file name, sha256, row), and reversed only as a whole, by reversing entries (srv/uploads/upload-service.ts).
 * The same content twice gives the same batch (`contentKey`, unique while the batch is not reversed).
 */
@assert.unique: { content: [contentKey] }
entity UploadBatches : cuid, managed {
  activityType    : String(20) @mandatory enum { flights; hotels; travel; commuting; freight; waste; energy };
  companyCode     : Association to CompanyCodes @mandatory;
  /** the file's name, or "API" for rows pushed by an integration */
  fileName        : String(255);
  /** sha256 of the file's bytes, or of the rows pushed through the API */
  contentHash     : String(64);
  /** the caller's id of a batch pushed through the API */
  externalId      : String(100);
  /** type, company code and hash (or external id): what makes a second upload the same */
  contentKey      : String(200);
  /**
   * validating and committing: a background job works on the upload (files of more than a few thousand rows);
   * failed: its validation stopped (the message says why; nothing of it counts)
   */
  status          : String(12) enum { validating; validated; committing; committed; reversed; failed } default 'validated';
  /** the data rows of the file (validation's progress: rowsRead of rowsTotal) */
  rowsTotal       : Integer;
  /** why a background job stopped */
  message         : String(1000);
  rowsRead        : Integer;
  rowsValid       : Integer;
  rowsWithErrors  : Integer;
  rowsCommitted   : Integer;
  /** preview: what the valid rows give with today's rules and factors; once committed: the stored figures */
  kgCO2eLocation  : Decimal(31, 6);
  kgCO2eMarket    : Decimal(31, 6);
  committedAt     : Timestamp;
  committedBy     : User;
  reversedAt      : Timestamp;
  reversedBy      : User;
  reversalReason  : String(500);
  rows            : Composition of many UploadRows on rows.batch = $self;
  messages        : Composition of many UploadMessages on messages.batch = $self;
}

/** One data row of an upload as read, what it gives, and the activity it became. */
entity UploadRows {
  key batch          : Association to UploadBatches;
  /** the row number a spreadsheet shows (the header is row 1) */
  key row            : Integer;
      /** the cells as read (JSON) */
      cells          : LargeString;
      valid          : Boolean;
      description    : String(200);
      /** pseudonymous reference of the traveller, the carrier or the contractor */
      reference      : String(100);
      /** how the row's quantity was derived (distances, uplift, haul class) */
      derivation     : String(500);
      factor         : Association to EmissionFactors;
      /** the activities the row becomes on commit, as previewed (JSON) */
      proposal       : LargeString;
      kgCO2eLocation : Decimal(31, 6);
      /** the activities the row became (once committed): one, or three for electricity */
      activities     : Association to many Activities on activities.upload = batch and activities.uploadRow = row;
}

/** A validation message of an upload: the row, the column and the reason. */
entity UploadMessages : cuid {
  batch    : Association to UploadBatches;
  row      : Integer;
  column   : String(40);
  severity : String(8) enum { error; warning };
  message  : String(500);
}
