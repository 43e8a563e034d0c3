// Manage Agents (sustainability admins; everyone with the service's roles reads): switches, dry runs, policies,
// runs and decisions on DataQualityService.
using { DataQualityService as srv } from '../../srv/quality/data-quality-service';

annotate srv.Agents with @(
  UI.HeaderInfo: { TypeName: '{i18n>Agent}', TypeNamePlural: '{i18n>Agents}', Title: { Value: name }, Description: { Value: description } },
  UI.LineItem: [ { Value: name }, { Value: enabled }, { Value: dryRun }, { Value: logicVersion }, { Value: modifiedAt }, { Value: modifiedBy } ],
  UI.Identification: [ { $Type: 'UI.DataFieldForAction', Action: 'DataQualityService.run', Label: '{i18n>RunNow}' } ],
  UI.HeaderFacets: [ { $Type: 'UI.ReferenceFacet', Target: '@UI.FieldGroup#Switches' } ],
  UI.FieldGroup #Switches: { Data: [ { Value: enabled }, { Value: dryRun }, { Value: logicVersion } ] },
  UI.FieldGroup #Policy: { Data: [ { Value: policy } ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Switches', Label: '{i18n>Switches}', Target: '@UI.FieldGroup#Switches' },
    { $Type: 'UI.ReferenceFacet', ID: 'Policy', Label: '{i18n>Policy}', Target: '@UI.FieldGroup#Policy' },
    { $Type: 'UI.ReferenceFacet', ID: 'Runs', Label: '{i18n>Runs}', Target: 'runs/@UI.LineItem' }
  ]
) {
  name         @title: '{i18n>Name}';
  description  @title: '{i18n>Description}';
  enabled      @title: '{i18n>Enabled}';
  dryRun       @title: '{i18n>DryRun}';
  logicVersion @title: '{i18n>LogicVersion}';
  policy       @title: '{i18n>Policy}' @UI.MultiLineText;
};

annotate srv.Agents actions {
  run @Core.OperationAvailable: { $edmJson: { $And: [ { $Path: 'in/IsActiveEntity' }, { $Eq: [ { $Path: 'in/code' }, 'data-quality' ] } ] } };
};

annotate srv.AgentRuns with @(
  UI.HeaderInfo: { TypeName: '{i18n>AgentRun}', TypeNamePlural: '{i18n>Runs}', Title: { Value: trigger }, Description: { Value: startedAt } },
  UI.LineItem: [
    { Value: startedAt }, { Value: trigger }, { Value: status, Criticality: statusCriticality }, { Value: dryRun }, { Value: linesChecked },
    { Value: raised }, { Value: resolved }, { Value: kept }, { Value: startedBy }
  ],
  UI.PresentationVariant: { SortOrder: [{ Property: startedAt, Descending: true }], Visualizations: ['@UI.LineItem'] },
  UI.FieldGroup #Run: { Data: [
    { Value: status, Criticality: statusCriticality }, { Value: trigger }, { Value: dryRun }, { Value: startedAt }, { Value: finishedAt }, { Value: startedBy },
    { Value: linesChecked }, { Value: raised }, { Value: resolved }, { Value: kept }, { Value: decisionsHash }, { Value: message }
  ] },
  UI.Facets: [
    { $Type: 'UI.ReferenceFacet', ID: 'Run', Label: '{i18n>AgentRun}', Target: '@UI.FieldGroup#Run' },
    { $Type: 'UI.ReferenceFacet', ID: 'Decisions', Label: '{i18n>Decisions}', Target: 'decisions/@UI.LineItem' }
  ]
) {
  trigger       @title: '{i18n>Trigger}';
  status        @title: '{i18n>Status}';
  dryRun        @title: '{i18n>DryRun}';
  startedAt     @title: '{i18n>StartedAt}';
  finishedAt    @title: '{i18n>FinishedAt}';
  startedBy     @title: '{i18n>StartedBy}';
  linesChecked  @title: '{i18n>LinesChecked}';
  raised        @title: '{i18n>Raised}';
  resolved      @title: '{i18n>Resolved}';
  kept          @title: '{i18n>Kept}';
  decisionsHash @title: '{i18n>DecisionsHash}';
  message       @title: '{i18n>Message}';
  statusCriticality @UI.Hidden;
};

annotate srv.AgentDecisions with @(
  UI.LineItem: [ { Value: decision }, { Value: findingType }, { Value: subject }, { Value: confidence }, { Value: reason }, { Value: logicVersion }, { Value: decidedAt } ],
  UI.PresentationVariant: { SortOrder: [{ Property: decidedAt }], Visualizations: ['@UI.LineItem'] }
) {
  decision     @title: '{i18n>Decision}';
  findingType  @title: '{i18n>FindingType}';
  subject      @title: '{i18n>Subject}';
  confidence   @title: '{i18n>Confidence}';
  reason       @title: '{i18n>Reason}';
  logicVersion @title: '{i18n>LogicVersion}';
  decidedAt    @title: '{i18n>DecidedAt}';
  inputs       @title: '{i18n>Inputs}';
  inputHash    @title: '{i18n>InputHash}';
};
