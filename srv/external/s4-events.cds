/*
 * The S/4HANA business events this app consumes: the one place where their topics live, so an admin can correct
 * a name without touching code. Declared on the imported APIs, as CAP's guide for events from S/4HANA does.
 * Verified against SAP's AsyncAPI files (srv/external/*.asyncapi.json): BusinessPartner Created/Changed and
 * PurchaseOrder Created. The others follow the same naming scheme and come from SAP's documentation and
 * secondary sources: check them against the event catalogue of your S/4HANA release.
 */
using { API_PURCHASEORDER_PROCESS_SRV as PurchaseOrders } from './API_PURCHASEORDER_PROCESS_SRV';
using { API_SUPPLIERINVOICE_PROCESS_SRV as SupplierInvoices } from './API_SUPPLIERINVOICE_PROCESS_SRV';
using { API_MATERIAL_DOCUMENT_SRV as MaterialDocuments } from './API_MATERIAL_DOCUMENT_SRV';
using { API_BUSINESS_PARTNER as BusinessPartners } from './API_BUSINESS_PARTNER';

extend service PurchaseOrders with {
  @topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'
  event PurchaseOrder.Created { PurchaseOrder : String(10) }
  @topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Changed.v1'
  event PurchaseOrder.Changed { PurchaseOrder : String(10) }
  @topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.ItemCreated.v1'
  event PurchaseOrder.ItemCreated { PurchaseOrder : String(10); PurchaseOrderItem : String(5) }
  @topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.ItemChanged.v1'
  event PurchaseOrder.ItemChanged { PurchaseOrder : String(10); PurchaseOrderItem : String(5) }
  @topic: 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.ItemDeleted.v1'
  event PurchaseOrder.ItemDeleted { PurchaseOrder : String(10); PurchaseOrderItem : String(5) }
}

extend service SupplierInvoices with {
  @topic: 'sap.s4.beh.supplierinvoice.v1.SupplierInvoice.Created.v1'
  event SupplierInvoice.Created { SupplierInvoice : String(10); FiscalYear : String(4) }
  @topic: 'sap.s4.beh.supplierinvoice.v1.SupplierInvoice.Canceled.v1'
  event SupplierInvoice.Canceled { SupplierInvoice : String(10); FiscalYear : String(4) }
}

extend service MaterialDocuments with {
  @topic: 'sap.s4.beh.materialdocument.v1.MaterialDocument.Created.v1'
  event MaterialDocument.Created { MaterialDocument : String(10); MaterialDocumentYear : String(4) }
  @topic: 'sap.s4.beh.materialdocument.v1.MaterialDocument.Canceled.v1'
  event MaterialDocument.Canceled { MaterialDocument : String(10); MaterialDocumentYear : String(4) }
}

extend service BusinessPartners with {
  @topic: 'sap.s4.beh.businesspartner.v1.BusinessPartner.Created.v1'
  event BusinessPartner.Created { BusinessPartner : String(10) }
  @topic: 'sap.s4.beh.businesspartner.v1.BusinessPartner.Changed.v1'
  event BusinessPartner.Changed { BusinessPartner : String(10) }
}
