/** Reports: pure renderers from a RunResult to what people and tools read. The entry points write them. */
export { renderAnnotations, renderErrorAnnotation, type Annotation, type AnnotationLevel, type AnnotationOptions } from './annotations.js';
export { renderConsole, renderProgress, toColorEnabled, toProgress, type ConsoleOptions } from './console.js';
export { REPORT_SCHEMA_VERSION, renderJsonReport, type JsonReport, type JsonReportOptions } from './json-report.js';
export { toDisplayPath } from './locate.js';
export { toRuleHelp, type RuleHelp } from './rules.js';
export { renderSarif, type SarifLog, type SarifOptions } from './sarif.js';
export { enrichBom } from './sbom-enrich.js';
export { SUMMARY_MAX_BYTES, renderSummary, type SummaryOptions } from './summary.js';
