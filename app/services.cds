// The Fiori apps' annotations (one folder per app) and the shared labels and value helps.
using from '../srv/factors/factor-service';
using from '../srv/attribution/calculation-service';
using from './common';
using from './po-emissions/annotations';
using from './order-estimates/annotations';
using from './supplier-intensities/annotations';
using from './period-close/annotations';
using from './manage-factors/annotations';
using from './manage-rules/annotations';
using from './analytics/annotations';
using from './upload-data/annotations';
using from './transport-lanes/annotations';
using from './quality-worklist/annotations';
using from './supplier-requests/annotations';
using from './own-footprints/annotations';
using from './pact-partners/annotations';
using from './manage-agents/annotations';
