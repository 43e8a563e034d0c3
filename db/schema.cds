// The Scope 3 domain model, split by concern
using from './code-lists';
using from './master-data';
using from './factors';
using from './accounting';
using from './integration';
using from './periods';
using from './uploads';
using from './transport';
using from './quality';
using from './agents';
using from './footprints';
using from './pact';
using from './change-tracking';
using from './personal-data';
using from './order-estimates';
using from './targets';
using from './company-codes';
