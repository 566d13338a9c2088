#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  require_enums,
  require_errors
} from "./chunk-42UAI7QN.js";
import {
  require_componentType,
  require_externalReferenceType,
  require_hashAlogorithm,
  require_ratingMethod
} from "./chunk-QBO2I5OT.js";
import {
  require_models
} from "./chunk-75UO4424.js";
import {
  __commonJS
} from "./chunk-PQNIH4KF.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js
var require_protocol = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/_protocol.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports._Spec = void 0;
    var models_1 = require_models();
    var _Spec = class {
      #version;
      #formats;
      #componentTypes;
      #hashAlgorithms;
      #hashValuePattern;
      #externalReferenceTypes;
      #vulnerabilityRatingMethods;
      #supportsDependencyGraph;
      #supportsToolReferences;
      #requiresComponentVersion;
      #supportsProperties;
      #supportsVulnerabilities;
      #supportsComponentEvidence;
      #supportsMetadataLifecycles;
      #supportsMetadataLicenses;
      #supportsMetadataProperties;
      #supportsExternalReferenceHashes;
      #supportsLicenseAcknowledgement;
      #supportsServices;
      #supportsToolsComponentsServices;
      #supportsLicenseProperties;
      constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
        this.#version = version;
        this.#formats = new Set(formats);
        this.#componentTypes = new Set(componentTypes);
        this.#hashAlgorithms = new Set(hashAlgorithms);
        this.#hashValuePattern = hashValuePattern;
        this.#externalReferenceTypes = new Set(externalReferenceTypes);
        this.#supportsDependencyGraph = supportsDependencyGraph;
        this.#supportsToolReferences = supportsToolReferences;
        this.#requiresComponentVersion = requiresComponentVersion;
        this.#supportsProperties = supportsProperties;
        this.#supportsVulnerabilities = supportsVulnerabilities;
        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
        this.#supportsComponentEvidence = supportsComponentEvidence;
        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
        this.#supportsMetadataLicenses = supportsMetadataLicenses;
        this.#supportsMetadataProperties = supportsMetadataProperties;
        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
        this.#supportsServices = supportsServices;
        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
        this.#supportsLicenseProperties = supportsLicenseProperties;
      }
      get version() {
        return this.#version;
      }
      supportsFormat(f) {
        return this.#formats.has(f);
      }
      supportsComponentType(ct) {
        return this.#componentTypes.has(ct);
      }
      supportsHashAlgorithm(ha) {
        return this.#hashAlgorithms.has(ha);
      }
      supportsHashValue(hv) {
        return typeof hv === "string" && this.#hashValuePattern.test(hv);
      }
      supportsExternalReferenceType(ert) {
        return this.#externalReferenceTypes.has(ert);
      }
      get supportsDependencyGraph() {
        return this.#supportsDependencyGraph;
      }
      get supportsToolReferences() {
        return this.#supportsToolReferences;
      }
      get requiresComponentVersion() {
        return this.#requiresComponentVersion;
      }
      supportsProperties(model) {
        switch (true) {
          case (model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense):
            return this.#supportsLicenseProperties;
          default:
            return this.#supportsProperties;
        }
      }
      get supportsVulnerabilities() {
        return this.#supportsVulnerabilities;
      }
      supportsVulnerabilityRatingMethod(rm) {
        return this.#vulnerabilityRatingMethods.has(rm);
      }
      get supportsComponentEvidence() {
        return this.#supportsComponentEvidence;
      }
      get supportsMetadataLifecycles() {
        return this.#supportsMetadataLifecycles;
      }
      get supportsMetadataLicenses() {
        return this.#supportsMetadataLicenses;
      }
      get supportsMetadataProperties() {
        return this.#supportsMetadataProperties;
      }
      get supportsExternalReferenceHashes() {
        return this.#supportsExternalReferenceHashes;
      }
      get supportsLicenseAcknowledgement() {
        return this.#supportsLicenseAcknowledgement;
      }
      get supportsServices() {
        return this.#supportsServices;
      }
      get supportsToolsComponentsServices() {
        return this.#supportsToolsComponentsServices;
      }
    };
    exports._Spec = _Spec;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js
var require_consts = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/consts.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
    var componentType_1 = require_componentType();
    var externalReferenceType_1 = require_externalReferenceType();
    var hashAlogorithm_1 = require_hashAlogorithm();
    var ratingMethod_1 = require_ratingMethod();
    var _protocol_1 = require_protocol();
    var enums_1 = require_enums();
    exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
    exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.Other
    ], true, false, true, true, true, false, true, false, false));
    exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, false, true, true, true));
    exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
      enums_1.Format.XML,
      enums_1.Format.JSON
    ], [
      componentType_1.ComponentType.Application,
      componentType_1.ComponentType.Framework,
      componentType_1.ComponentType.Library,
      componentType_1.ComponentType.Container,
      componentType_1.ComponentType.Platform,
      componentType_1.ComponentType.OperatingSystem,
      componentType_1.ComponentType.Device,
      componentType_1.ComponentType.DeviceDriver,
      componentType_1.ComponentType.Firmware,
      componentType_1.ComponentType.File,
      componentType_1.ComponentType.MachineLearningModel,
      componentType_1.ComponentType.Data,
      componentType_1.ComponentType.CryptographicAsset
    ], [
      hashAlogorithm_1.HashAlgorithm.MD5,
      hashAlogorithm_1.HashAlgorithm["SHA-1"],
      hashAlogorithm_1.HashAlgorithm["SHA-256"],
      hashAlogorithm_1.HashAlgorithm["SHA-384"],
      hashAlogorithm_1.HashAlgorithm["SHA-512"],
      hashAlogorithm_1.HashAlgorithm["SHA3-256"],
      hashAlogorithm_1.HashAlgorithm["SHA3-384"],
      hashAlogorithm_1.HashAlgorithm["SHA3-512"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-256"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-384"],
      hashAlogorithm_1.HashAlgorithm["BLAKE2b-512"],
      hashAlogorithm_1.HashAlgorithm.BLAKE3,
      hashAlogorithm_1.HashAlgorithm["Streebog-256"],
      hashAlogorithm_1.HashAlgorithm["Streebog-512"]
    ], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
      externalReferenceType_1.ExternalReferenceType.VCS,
      externalReferenceType_1.ExternalReferenceType.IssueTracker,
      externalReferenceType_1.ExternalReferenceType.Website,
      externalReferenceType_1.ExternalReferenceType.Advisories,
      externalReferenceType_1.ExternalReferenceType.BOM,
      externalReferenceType_1.ExternalReferenceType.MailingList,
      externalReferenceType_1.ExternalReferenceType.Social,
      externalReferenceType_1.ExternalReferenceType.Chat,
      externalReferenceType_1.ExternalReferenceType.Documentation,
      externalReferenceType_1.ExternalReferenceType.Support,
      externalReferenceType_1.ExternalReferenceType.SourceDistribution,
      externalReferenceType_1.ExternalReferenceType.Distribution,
      externalReferenceType_1.ExternalReferenceType.DistributionIntake,
      externalReferenceType_1.ExternalReferenceType.License,
      externalReferenceType_1.ExternalReferenceType.BuildMeta,
      externalReferenceType_1.ExternalReferenceType.BuildSystem,
      externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
      externalReferenceType_1.ExternalReferenceType.SecurityContact,
      externalReferenceType_1.ExternalReferenceType.ModelCard,
      externalReferenceType_1.ExternalReferenceType.Log,
      externalReferenceType_1.ExternalReferenceType.Configuration,
      externalReferenceType_1.ExternalReferenceType.Evidence,
      externalReferenceType_1.ExternalReferenceType.Formulation,
      externalReferenceType_1.ExternalReferenceType.Attestation,
      externalReferenceType_1.ExternalReferenceType.ThreatModel,
      externalReferenceType_1.ExternalReferenceType.AdversaryModel,
      externalReferenceType_1.ExternalReferenceType.RiskAssessment,
      externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
      externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
      externalReferenceType_1.ExternalReferenceType.PentestReport,
      externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
      externalReferenceType_1.ExternalReferenceType.MaturityReport,
      externalReferenceType_1.ExternalReferenceType.CertificationReport,
      externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
      externalReferenceType_1.ExternalReferenceType.QualityMetrics,
      externalReferenceType_1.ExternalReferenceType.POAM,
      externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
      externalReferenceType_1.ExternalReferenceType.DigitalSignature,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Citation,
      externalReferenceType_1.ExternalReferenceType.Patent,
      externalReferenceType_1.ExternalReferenceType.PatentAssertion,
      externalReferenceType_1.ExternalReferenceType.PatentFamily,
      externalReferenceType_1.ExternalReferenceType.RFC9116,
      externalReferenceType_1.ExternalReferenceType.Other
    ], true, true, false, true, true, [
      ratingMethod_1.RatingMethod.CVSSv2,
      ratingMethod_1.RatingMethod.CVSSv3,
      ratingMethod_1.RatingMethod.CVSSv31,
      ratingMethod_1.RatingMethod.CVSSv4,
      ratingMethod_1.RatingMethod.OWASP,
      ratingMethod_1.RatingMethod.SSVC,
      ratingMethod_1.RatingMethod.Other
    ], true, true, true, true, true, true, true, true, true));
    exports.SpecVersionDict = Object.freeze({
      [enums_1.Version.v1dot7]: exports.Spec1dot7,
      [enums_1.Version.v1dot6]: exports.Spec1dot6,
      [enums_1.Version.v1dot5]: exports.Spec1dot5,
      [enums_1.Version.v1dot4]: exports.Spec1dot4,
      [enums_1.Version.v1dot3]: exports.Spec1dot3,
      [enums_1.Version.v1dot2]: exports.Spec1dot2
    });
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var require_spec = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js"(exports) {
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_consts(), exports);
    __exportStar(require_enums(), exports);
    __exportStar(require_errors(), exports);
  }
});
export default require_spec();
/*! For license information please see chunk-IABKWOWR.js.LEGAL.txt */
