/* checksum : eac44ee9cd9e854b22adc080af5461a3 */
namespace sap.s4.beh.purchaseorder.v1;

@cds.external : 'true'
@AsyncAPI.Extensions : { ![sap-catalog-spec-version]: '1.0', ![sap-api-type]: 'EVENT' }
@AsyncAPI.ShortText : 'Informs a remote system about created and changed purchase orders in an SAP S/4HANA system.'
@AsyncAPI.StateInfo : { state: 'ACTIVE' }
@AsyncAPI.Title : 'Purchase Order Events'
@AsyncAPI.SchemaVersion : '1.0.0'
@AsyncAPI.Description : ```
A purchase order is a document issued by a purchaser to a supplier indicating types, quantities, and agreed prices for products or services. The following events are available for purchase order\r
\r
 * Created\r
 * Changed\r
 * Approved\r
 * Approval Rejected\r
 * Item Created\r
 * Item Changed\r
 * Item Deleted\r
 * Item Blocked\r
 * Item Unblocked\r

```
service PurchaseOrder {
  @cds.external : 'true'
  @topic : 'sap.s4.beh.purchaseorder.v1.PurchaseOrder.Created.v1'
  event Created.v1 {
    PurchaseOrder : LargeString;
  };
};

