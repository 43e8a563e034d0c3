/* checksum : 7726f6ea4b55f9a46ab1990e64920d08 */
namespace sap.s4.beh.businesspartner.v1;

@cds.external : 'true'
@AsyncAPI.Extensions : { ![sap-catalog-spec-version]: '1.0', ![sap-api-type]: 'EVENT' }
@AsyncAPI.ShortText : 'Informs a remote system about created and changed business partners in an SAP S/4HANA Cloud tenant.'
@AsyncAPI.StateInfo : { state: 'ACTIVE' }
@AsyncAPI.Title : 'Business Partner Events'
@AsyncAPI.SchemaVersion : '1.0.0'
@AsyncAPI.Description : ```
A business partner is an organization (company, subsidiary), person or group of people or organizations in which your company has a business interest. The following events are available for business partner:\r
\r
* Business partner changed\r
* Business partner created
```
service BusinessPartner {
  @cds.external : 'true'
  @topic : 'sap.s4.beh.businesspartner.v1.BusinessPartner.Changed.v1'
  event Changed.v1 {
    BusinessPartner : LargeString;
  };

  @cds.external : 'true'
  @topic : 'sap.s4.beh.businesspartner.v1.BusinessPartner.Created.v1'
  event Created.v1 {
    BusinessPartner : LargeString;
  };
};

