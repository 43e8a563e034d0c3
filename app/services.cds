// Aggregates the UI annotations of the Fiori apps under app/ (one folder per app, added with the UI issue).
using from '../srv/factor-service';
using from '../srv/calculation-service';
