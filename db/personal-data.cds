// Personal data the app holds, for SAP's data protection tooling and @cap-js/audit-logging: every change of a field
// marked here is written to the audit log (who, when, old and new value), in production to the SAP Audit Log Service.
//
// - Supplier contacts are the only data subjects: named people at suppliers (db/master-data.cds).
// - Users appear only as IDs in the administrative fields (createdBy, modifiedBy, requestedBy, decidedBy, closedBy);
//   the calculation log keeps them for the audit trail by design (legal retention of accounting evidence).
// - Suppliers are companies; S/4HANA keeps its own business partner data protection (blocking, deletion).
// test/common/personal-data.test.ts fails if an element whose name suggests personal data carries no annotation here.
using { scope3 } from './schema';

annotate scope3.SupplierContacts with @PersonalData: {
  EntitySemantics: 'DataSubject',
  DataSubjectRole: 'Supplier contact'
} {
  ID        @PersonalData.FieldSemantics: 'DataSubjectID';
  firstName @PersonalData.IsPotentiallyPersonal;
  lastName  @PersonalData.IsPotentiallyPersonal;
  email     @PersonalData.IsPotentiallyPersonal;
  phone     @PersonalData.IsPotentiallyPersonal;
  jobTitle  @PersonalData.IsPotentiallyPersonal;
};

// Uploaded travel data names travellers only by a pseudonymous reference (the travel agency's or expense system's
// traveller number, UploadRows.reference and the row's cells): the key to the person stays in that system, so this
// app holds no data subject for it and it is not annotated here (the audit-log plugin needs a data subject entity).
