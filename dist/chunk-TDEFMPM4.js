#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseJsonText
} from "./chunk-L3CPJDXX.js";
import {
  findWorkspaceDirs
} from "./chunk-3AD5T2DT.js";
import {
  withoutCredentials
} from "./chunk-SCHFPPXI.js";
import {
  require_spdx
} from "./chunk-PKJR2J4P.js";
import {
  require_componentType,
  require_externalReferenceType,
  require_hashAlogorithm,
  require_ratingMethod
} from "./chunk-QBO2I5OT.js";
import {
  require_analysisResponse,
  require_attachment,
  require_license,
  require_models
} from "./chunk-75UO4424.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-FWTIQN2H.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-PQNIH4KF.js";

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js
var require_attachmentEncoding = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/attachmentEncoding.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AttachmentEncoding = void 0;
    var AttachmentEncoding;
    (function(AttachmentEncoding2) {
      AttachmentEncoding2["Base64"] = "base64";
    })(AttachmentEncoding || (exports.AttachmentEncoding = AttachmentEncoding = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js
var require_componentScope = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/componentScope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ComponentScope = void 0;
    var ComponentScope2;
    (function(ComponentScope3) {
      ComponentScope3["Required"] = "required";
      ComponentScope3["Optional"] = "optional";
      ComponentScope3["Excluded"] = "excluded";
    })(ComponentScope2 || (exports.ComponentScope = ComponentScope2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js
var require_licenseAcknowledgement = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/licenseAcknowledgement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseAcknowledgement = void 0;
    var LicenseAcknowledgement2;
    (function(LicenseAcknowledgement3) {
      LicenseAcknowledgement3["Declared"] = "declared";
      LicenseAcknowledgement3["Concluded"] = "concluded";
    })(LicenseAcknowledgement2 || (exports.LicenseAcknowledgement = LicenseAcknowledgement2 = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js
var require_lifecyclePhase = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/lifecyclePhase.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LifecyclePhase = void 0;
    var LifecyclePhase;
    (function(LifecyclePhase2) {
      LifecyclePhase2["Design"] = "design";
      LifecyclePhase2["PreBuild"] = "pre-build";
      LifecyclePhase2["Build"] = "build";
      LifecyclePhase2["PostBuild"] = "post-build";
      LifecyclePhase2["Operations"] = "operations";
      LifecyclePhase2["Discovery"] = "discovery";
      LifecyclePhase2["Decommission"] = "decommission";
    })(LifecyclePhase || (exports.LifecyclePhase = LifecyclePhase = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js
var require_affectStatus = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/affectStatus.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AffectStatus = void 0;
    var AffectStatus;
    (function(AffectStatus2) {
      AffectStatus2["Affected"] = "affected";
      AffectStatus2["Unaffected"] = "unaffected";
      AffectStatus2["Unknown"] = "unknown";
    })(AffectStatus || (exports.AffectStatus = AffectStatus = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js
var require_analysisJustification = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisJustification.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisJustification = void 0;
    var AnalysisJustification;
    (function(AnalysisJustification2) {
      AnalysisJustification2["CodeNotPresent"] = "code_not_present";
      AnalysisJustification2["CodeNotReachable"] = "code_not_reachable";
      AnalysisJustification2["RequiresConfiguration"] = "requires_configuration";
      AnalysisJustification2["RequiresDependency"] = "requires_dependency";
      AnalysisJustification2["RequiresEnvironment"] = "requires_environment";
      AnalysisJustification2["ProtectedByCompiler"] = "protected_by_compiler";
      AnalysisJustification2["ProtectedAtRuntime"] = "protected_at_runtime";
      AnalysisJustification2["ProtectedAtPerimeter"] = "protected_at_perimeter";
      AnalysisJustification2["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
    })(AnalysisJustification || (exports.AnalysisJustification = AnalysisJustification = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js
var require_analysisState = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/analysisState.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.AnalysisState = void 0;
    var AnalysisState;
    (function(AnalysisState2) {
      AnalysisState2["Resolved"] = "resolved";
      AnalysisState2["ResolvedWithPedigree"] = "resolved_with_pedigree";
      AnalysisState2["Exploitable"] = "exploitable";
      AnalysisState2["InTriage"] = "in_triage";
      AnalysisState2["FalsePositive"] = "false_positive";
      AnalysisState2["NotAffected"] = "not_affected";
    })(AnalysisState || (exports.AnalysisState = AnalysisState = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js
var require_severity = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/severity.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Severity = void 0;
    var Severity;
    (function(Severity2) {
      Severity2["Critical"] = "critical";
      Severity2["High"] = "high";
      Severity2["Medium"] = "medium";
      Severity2["Low"] = "low";
      Severity2["Info"] = "info";
      Severity2["None"] = "none";
      Severity2["Unknown"] = "unknown";
    })(Severity || (exports.Severity = Severity = {}));
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js
var require_vulnerability = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/vulnerability/index.js"(exports) {
    "use strict";
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
    __exportStar(require_affectStatus(), exports);
    __exportStar(require_analysisJustification(), exports);
    __exportStar(require_analysisResponse(), exports);
    __exportStar(require_analysisState(), exports);
    __exportStar(require_ratingMethod(), exports);
    __exportStar(require_severity(), exports);
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var require_enums = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Vulnerability = void 0;
    __exportStar(require_attachmentEncoding(), exports);
    __exportStar(require_componentScope(), exports);
    __exportStar(require_componentType(), exports);
    __exportStar(require_externalReferenceType(), exports);
    __exportStar(require_hashAlogorithm(), exports);
    __exportStar(require_licenseAcknowledgement(), exports);
    __exportStar(require_lifecyclePhase(), exports);
    exports.Vulnerability = __importStar(require_vulnerability());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/factories.js
var require_factories = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/factories.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseFactory = void 0;
    var license_1 = require_license();
    var spdx_1 = require_spdx();
    var LicenseFactory = class {
      #spdxExpressionValidate;
      constructor(spdxExpressionValidate) {
        this.#spdxExpressionValidate = spdxExpressionValidate;
      }
      makeFromString(value) {
        try {
          return this.makeSpdxLicense(value);
        } catch {
        }
        try {
          return this.makeExpression(value);
        } catch {
        }
        return this.makeNamedLicense(value);
      }
      makeExpression(value) {
        const expression = String(value);
        try {
          this.#spdxExpressionValidate(expression);
        } catch (err) {
          throw new RangeError("Invalid SPDX license expression", { cause: err });
        }
        return new license_1.LicenseExpression(expression);
      }
      makeDisjunctive(value) {
        try {
          return this.makeSpdxLicense(value);
        } catch {
          return this.makeNamedLicense(value);
        }
      }
      makeSpdxLicense(value) {
        const fixed = (0, spdx_1.fixupSpdxId)(String(value));
        if (void 0 === fixed) {
          throw new RangeError("Unsupported SPDX license ID");
        }
        return new license_1.SpdxLicense(fixed);
      }
      makeNamedLicense(value) {
        return new license_1.NamedLicense(String(value));
      }
    };
    exports.LicenseFactory = LicenseFactory;
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.common.js
var require_index_common = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.common.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Factories = void 0;
    exports.Factories = __importStar(require_factories());
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/_helpers/mime.node.js
var require_mime_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/_helpers/mime.node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.guessMimeTypeForLicenseFile = guessMimeTypeForLicenseFile;
    var node_path_1 = __require("node:path");
    var MIMETYPE_TEXT_PLAIN = "text/plain";
    var MAP_TEXT_EXTENSION_MIMETYPE = {
      "": MIMETYPE_TEXT_PLAIN,
      ".csv": "text/csv",
      ".htm": "text/html",
      ".html": "text/html",
      ".md": "text/markdown",
      ".txt": MIMETYPE_TEXT_PLAIN,
      ".rst": "text/prs.fallenstein.rst",
      ".rtf": "application/rtf",
      ".xml": "text/xml",
      ".license": MIMETYPE_TEXT_PLAIN,
      ".licence": MIMETYPE_TEXT_PLAIN
    };
    var LICENSE_FILENAME_BASE = /* @__PURE__ */ new Set(["licence", "license"]);
    var LICENSE_FILENAME_EXT = /* @__PURE__ */ new Set([
      ".apache",
      ".bsd",
      ".gpl",
      ".mit"
    ]);
    function guessMimeTypeForLicenseFile(filename) {
      const { name, ext } = (0, node_path_1.parse)(filename.toLowerCase());
      return LICENSE_FILENAME_BASE.has(name) && LICENSE_FILENAME_EXT.has(ext) ? MIMETYPE_TEXT_PLAIN : MAP_TEXT_EXTENSION_MIMETYPE[ext];
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/utils.node.js
var require_utils_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/utils.node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.LicenseEvidenceGatherer = void 0;
    var attachmentEncoding_1 = require_attachmentEncoding();
    var attachment_1 = require_attachment();
    var mime_node_1 = require_mime_node();
    var LICENSE_FILENAME_PATTERN = /^(?:UN)?LICEN[CS]E|.\.LICEN[CS]E$|^NOTICE$/i;
    var LicenseEvidenceGatherer = class {
      #fs;
      #path;
      constructor(options = {}) {
        this.#fs = options.fs ?? __require("node:fs");
        this.#path = options.path ?? __require("node:path");
      }
      *getFileAttachments(prefixPath, onError = noop) {
        const files = this.#fs.readdirSync(prefixPath);
        for (const file of files) {
          if (!LICENSE_FILENAME_PATTERN.test(file)) {
            continue;
          }
          const filePath = this.#path.join(prefixPath, file);
          if (!this.#fs.statSync(filePath).isFile()) {
            continue;
          }
          const contentType = (0, mime_node_1.guessMimeTypeForLicenseFile)(file);
          if (contentType === void 0) {
            continue;
          }
          try {
            yield { filePath, file, text: new attachment_1.Attachment(this.#fs.readFileSync(filePath).toString("base64"), { contentType, encoding: attachmentEncoding_1.AttachmentEncoding.Base64 }) };
          } catch (cause) {
            onError(new Error(`skipped license file ${filePath}`, { cause }));
          }
        }
      }
    };
    exports.LicenseEvidenceGatherer = LicenseEvidenceGatherer;
    function noop() {
    }
  }
});

// node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.node.js
var require_index_node = __commonJS({
  "node_modules/@cyclonedx/cyclonedx-library/dist.node/contrib/license/index.node.js"(exports) {
    "use strict";
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
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Utils = void 0;
    __exportStar(require_index_common(), exports);
    exports.Utils = __importStar(require_utils_node());
  }
});

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// src/inventory/workspaces.ts
import { dirname as dirname2, join as join3 } from "node:path";

// src/inventory/index.ts
import { existsSync, readFileSync } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { basename, dirname, isAbsolute, join as join2, relative, resolve, sep } from "node:path";

// src/inventory/inventory-cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
var FORMAT = "inventory-v1";
var KEEP = 8;
function toInventoryKey(parts, text, packageJsonText) {
  return createHash("sha256").update(JSON.stringify([TOOL_VERSION, ...parts])).update("\0").update(text).update("\0").update(packageJsonText ?? "\0none").digest("hex");
}
async function readCachedInventory(dir, key) {
  try {
    const inv = JSON.parse(await readFile(join(dir, FORMAT, `${key}.json`), "utf8"));
    return inv !== null && typeof inv === "object" && Array.isArray(inv.packages) && typeof inv.root === "object" && inv.root !== null ? inv : void 0;
  } catch {
    return void 0;
  }
}
async function writeCachedInventory(dir, key, inv) {
  try {
    const root = join(dir, FORMAT);
    await mkdir(root, { recursive: true });
    const file = join(root, `${key}.json`);
    const tmp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(tmp, JSON.stringify(inv));
    await rename(tmp, file);
    const names = (await readdir(root)).filter((n) => n.endsWith(".json"));
    if (names.length <= KEEP) return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(root, n)).catch(() => void 0))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(KEEP).map((d) => rm(join(root, d.n), { force: true })));
  } catch {
  }
}

// src/inventory/formats.ts
var npm = async () => (await import("./chunk-ISTX5JI4.js")).parseNpmLockfile;
var LOCKFILE_FORMATS = {
  "npm-shrinkwrap.json": npm,
  "package-lock.json": npm,
  "pnpm-lock.yaml": async () => (await import("./chunk-OXBQP3L2.js")).parsePnpmLockfile,
  "yarn.lock": async () => (await import("./chunk-WZHNMZIV.js")).parseYarnLockfile,
  "bun.lock": async () => (await import("./chunk-U4X6ZSZD.js")).parseBunLockfile
};
var LOCKFILE_PATTERNS = [[/\.json$/i, npm]];
function pickParser(basename2) {
  return LOCKFILE_FORMATS[basename2] ?? LOCKFILE_PATTERNS.find(([re]) => re.test(basename2))?.[1];
}
var SHADOWED_BY = {
  "package-lock.json": "npm-shrinkwrap.json"
};

// src/inventory/index.ts
async function readInventory(lockfilePath, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = resolve(cwd, lockfilePath);
  const file = toDisplayPath(cwd, path);
  const text = await readText(path, file);
  const loadParser = pickParser(basename(path));
  if (!loadParser) {
    throw new GateError("LOCKFILE_INVALID", `unsupported lockfile name '${basename(path)}'`, {
      file,
      fix: `pass one of: ${Object.keys(LOCKFILE_FORMATS).join(", ")}`
    });
  }
  const dir = dirname(path);
  const packageJsonPath = join2(dir, "package.json");
  const packageJsonFile = toDisplayPath(cwd, packageJsonPath);
  const cacheable = options.cacheDir !== void 0 && (basename(path) === "package-lock.json" || basename(path) === "npm-shrinkwrap.json");
  const key = cacheable ? toInventoryKey([basename(path), file, dir, packageJsonFile], text, readOptionalText(packageJsonPath)) : void 0;
  if (key) {
    const hit = await readCachedInventory(options.cacheDir, key);
    if (hit) return hit;
  }
  const ctx = { path, dir, cwd, packageJsonFile, packageJson: readPackageJson(packageJsonPath, packageJsonFile) };
  const parse = await loadParser();
  const inv = parse(text, file, ctx);
  if (key) await writeCachedInventory(options.cacheDir, key, inv);
  return inv;
}
async function readInventories(lockfiles, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const paths = lockfiles.length > 0 ? lockfiles : discoverLockfiles(cwd);
  if (paths.length === 0) {
    throw new GateError("LOCKFILE_NOT_FOUND", `no lockfile found in ${cwd}`, {
      fix: `pass --lockfile, or run in a folder with one of: ${Object.keys(LOCKFILE_FORMATS).join(", ")}`
    });
  }
  const inventories = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const inv = await readInventory(path, { cwd, cacheDir: options.cacheDir });
    if (seen.has(inv.root.id)) requalifyIds(inv, `${inv.root.id}(${inv.lockfile})`);
    seen.add(inv.root.id);
    inventories.push(inv);
  }
  return inventories;
}
function requalifyIds(inv, rootId) {
  const old = inv.root.id;
  const swap = (id) => id === old ? rootId : id.startsWith(`${old}|`) ? rootId + id.slice(old.length) : id;
  inv.root.id = rootId;
  inv.root.dependencies = inv.root.dependencies.map(swap);
  for (const p of inv.packages) {
    p.id = swap(p.id);
    p.dependencies = p.dependencies.map(swap);
  }
}
function discoverLockfiles(dir) {
  const present = Object.keys(LOCKFILE_FORMATS).filter((name) => existsSync(join2(dir, name)));
  return present.filter((name) => !present.includes(SHADOWED_BY[name] ?? "")).map((name) => join2(dir, name));
}
function toDisplayPath(cwd, path) {
  const rel = relative(cwd, path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return path;
  return rel.split(sep).join("/");
}
async function readText(path, file) {
  try {
    return await readFile2(path, "utf8");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") {
      throw new GateError("LOCKFILE_NOT_FOUND", "lockfile not found", {
        file,
        fix: "run `npm install` (or your package manager) to create it, or pass --lockfile"
      });
    }
    throw new GateError("INPUT_UNREADABLE", `cannot read lockfile: ${code ?? String(e)}`, { file, cause: e });
  }
}
function readOptionalText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
function readPackageJson(path, file) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
  const value = parseJsonText(text, file, "LOCKFILE_INVALID_JSON");
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new GateError("LOCKFILE_INVALID", "package.json is not a JSON object", { file });
  }
  return value;
}

// src/inventory/workspaces.ts
async function readProjectInventories(lockfiles, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const paths = lockfiles.length > 0 ? lockfiles : discoverProjectLockfiles(cwd);
  const all = await readInventories(paths, { cwd, cacheDir: options.cacheDir });
  checkLockfilesAgree(all);
  const kept = /* @__PURE__ */ new Map();
  for (const inv of all) {
    const dir = dirname2(inv.lockfile);
    const first = kept.get(dir);
    if (!first) kept.set(dir, inv);
    else first.notes = [...first.notes ?? [], `${inv.lockfile} agrees with ${first.lockfile} on every direct dependency; its packages are not listed twice`];
  }
  const inventories = [...kept.values()];
  return options.perWorkspace ? inventories.flatMap(splitByWorkspace) : inventories;
}
function discoverProjectLockfiles(dir) {
  const out = discoverLockfiles(dir);
  for (const ws of findWorkspaceDirs(dir)) out.push(...discoverLockfiles(join3(dir, ws)));
  return out;
}
function splitByWorkspace(inv) {
  const byId = new Map(inv.packages.map((p) => [p.id, p]));
  const workspaces = inv.packages.filter((p) => p.source === "workspace");
  const wsIds = new Set(workspaces.map((p) => p.id));
  const rootDeps = inv.root.dependencies.filter((id) => !wsIds.has(id));
  const out = [subset(inv, { ...inv.root, dependencies: rootDeps }, byId)];
  for (const ws of workspaces) {
    const root = {
      id: ws.id,
      name: ws.name,
      version: ws.version,
      purl: ws.purl,
      ...ws.license === void 0 ? {} : { license: ws.license },
      dependencies: ws.dependencies
    };
    out.push(subset(inv, root, byId, ws.id));
  }
  return out;
}
function subset(inv, root, byId, self) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [...root.dependencies];
  while (queue.length > 0) {
    const id = queue.pop();
    if (seen.has(id) || id === self) continue;
    seen.add(id);
    queue.push(...byId.get(id)?.dependencies ?? []);
  }
  const direct = new Set(root.dependencies);
  const packages = inv.packages.filter((p) => seen.has(p.id)).map((p) => ({ ...p, direct: direct.has(p.id) }));
  return { ...inv, root, packages };
}
function checkLockfilesAgree(inventories) {
  const byDir = /* @__PURE__ */ new Map();
  for (const inv of inventories) {
    const d = dirname2(inv.lockfile);
    byDir.set(d, [...byDir.get(d) ?? [], inv]);
  }
  for (const group of byDir.values()) {
    for (let i = 1; i < group.length; i++) compareDirect(group[0], group[i]);
  }
}
function compareDirect(a, b) {
  const directOf = (inv) => {
    const byId = new Map(inv.packages.map((p) => [p.id, p]));
    const m = /* @__PURE__ */ new Map();
    for (const id of inv.root.dependencies) {
      const p = byId.get(id);
      if (p && p.source !== "workspace") m.set(p.alias ?? p.name, p);
    }
    return m;
  };
  const da = directOf(a);
  const db = directOf(b);
  const fix = `delete the stale lockfile or reinstall so both agree, or pass one with --lockfile`;
  for (const [name, pa] of da) {
    const pb = db.get(name);
    const got = pb ? `${pb.name}@${pb.version}` : "nothing";
    if (!pb || pb.version !== pa.version || pb.name !== pa.name) {
      throw new GateError("LOCKFILE_CONFLICT", `${a.lockfile} locks ${name} to ${pa.name}@${pa.version} but ${b.lockfile} locks ${got}`, {
        file: b.lockfile,
        ...pb?.location.line === void 0 ? {} : { line: pb.location.line },
        fix
      });
    }
  }
  for (const [name, pb] of db) {
    if (!da.has(name)) {
      throw new GateError("LOCKFILE_CONFLICT", `${b.lockfile} locks ${name}@${pb.version} but ${a.lockfile} does not lock it at all`, {
        file: b.lockfile,
        ...pb.location.line === void 0 ? {} : { line: pb.location.line },
        fix
      });
    }
  }
}

// src/sbom/bom.ts
var Enums4 = __toESM(require_enums(), 1);
var Models3 = __toESM(require_models(), 1);
import { randomUUID } from "node:crypto";

// src/sbom/component.ts
var Enums3 = __toESM(require_enums(), 1);
var Models2 = __toESM(require_models(), 1);

// src/sbom/hashes.ts
var Enums = __toESM(require_enums(), 1);
var ALGORITHMS = {
  sha1: { alg: Enums.HashAlgorithm["SHA-1"], bytes: 20 },
  sha256: { alg: Enums.HashAlgorithm["SHA-256"], bytes: 32 },
  sha384: { alg: Enums.HashAlgorithm["SHA-384"], bytes: 48 },
  sha512: { alg: Enums.HashAlgorithm["SHA-512"], bytes: 64 }
};
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function toHashes(integrity) {
  if (!integrity) return [];
  const out = [];
  for (const item of integrity.trim().split(/\s+/)) {
    const dash = item.indexOf("-");
    const spec = ALGORITHMS[item.slice(0, dash).toLowerCase()];
    const b64 = item.slice(dash + 1).split("?")[0];
    if (!spec || dash < 0 || !BASE64.test(b64)) continue;
    const bytes = Buffer.from(b64, "base64");
    if (bytes.length !== spec.bytes || out.some(([alg]) => alg === spec.alg)) continue;
    out.push([spec.alg, bytes.toString("hex")]);
  }
  return out;
}

// src/sbom/licenses.ts
var License = __toESM(require_index_node(), 1);
var Enums2 = __toESM(require_enums(), 1);
var Models = __toESM(require_models(), 1);
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var factory = new License.Factories.LicenseFactory((text) => {
  (0, import_spdx_expression_parse.default)(text);
});
var cache = /* @__PURE__ */ new Map();
function toLicense(text) {
  let license = cache.get(text);
  if (license === void 0) {
    license = factory.makeFromString(text);
    license.acknowledgement = Enums2.LicenseAcknowledgement.Declared;
    cache.set(text, license);
  }
  return cloneLicense(license);
}
function cloneLicense(l) {
  const opts = { acknowledgement: l.acknowledgement };
  if (l instanceof Models.SpdxLicense) return new Models.SpdxLicense(l.id, opts);
  if (l instanceof Models.LicenseExpression) {
    const e = new Models.LicenseExpression(l.expression);
    e.acknowledgement = l.acknowledgement;
    return e;
  }
  return new Models.NamedLicense(l.name, opts);
}

// src/sbom/component.ts
var DISTRIBUTION_COMMENT = 'as recorded by the lockfile ("resolved", "integrity")';
function splitName(name) {
  const slash = name.startsWith("@") ? name.indexOf("/") : -1;
  return slash > 0 ? { group: name.slice(0, slash), name: name.slice(slash + 1) } : { name };
}
function toScope(p) {
  if (p.dev) return Enums3.ComponentScope.Excluded;
  if (p.optional || p.devOptional) return Enums3.ComponentScope.Optional;
  return Enums3.ComponentScope.Required;
}
function toComponent(p) {
  const { group, name } = splitName(p.name);
  const c = new Models2.Component(Enums3.ComponentType.Library, name, {
    bomRef: p.id,
    group,
    version: p.version || void 0,
    purl: p.purl,
    scope: toScope(p)
  });
  const hashes = toHashes(p.integrity);
  for (const [alg, hex] of hashes) c.hashes.set(alg, hex);
  if (p.license) c.licenses.add(toLicense(p.license));
  c.properties.add(new Models2.Property("cdx:npm:package:path", p.paths[0] ?? ""));
  if (p.dev || p.devOptional) c.properties.add(new Models2.Property("cdx:npm:package:development", "true"));
  if (p.bundled) c.properties.add(new Models2.Property("cdx:npm:package:bundled", "true"));
  const url = toDistributionUrl(p.resolved);
  if (url !== void 0) {
    const ref = new Models2.ExternalReference(url, Enums3.ExternalReferenceType.Distribution, { comment: DISTRIBUTION_COMMENT });
    for (const [alg, hex] of hashes) ref.hashes.set(alg, hex);
    c.externalReferences.add(ref);
  }
  return c;
}
function toRootComponentModel(root) {
  const { group, name } = splitName(root.name);
  const c = new Models2.Component(Enums3.ComponentType.Application, name, {
    bomRef: root.id,
    group,
    version: root.version || void 0,
    purl: root.purl,
    description: root.description
  });
  if (root.license) c.licenses.add(toLicense(root.license));
  c.properties.add(new Models2.Property("cdx:npm:package:path", ""));
  return c;
}
function toDistributionUrl(resolved) {
  if (!resolved || /^(?:file|ignore):/i.test(resolved)) return void 0;
  return withoutCredentials(resolved);
}

// src/sbom/bom.ts
function isIncluded(p, omit) {
  const dev = omit.includes("dev");
  const optional = omit.includes("optional");
  if (p.dev && dev) return false;
  if (p.optional && optional) return false;
  if (p.devOptional && dev && optional) return false;
  return true;
}
function toBom(inventories, options = {}) {
  const omit = options.omit ?? [];
  const bom = new Models3.Bom();
  const components = /* @__PURE__ */ new Map();
  bom.metadata.tools.components.add(new Models3.Component(Enums4.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION }));
  if (options.reproducible) {
    bom.metadata.properties.add(new Models3.Property("cdx:reproducible", "true"));
  } else {
    bom.serialNumber = `urn:uuid:${randomUUID()}`;
    bom.metadata.timestamp = options.now ?? /* @__PURE__ */ new Date();
  }
  const dependsOn = [];
  inventories.forEach((inv, i) => {
    if (!components.has(inv.root.id)) {
      const root = toRootComponentModel(inv.root);
      components.set(inv.root.id, root);
      dependsOn.push([root, inv.root.dependencies]);
      if (i === 0) bom.metadata.component = root;
      else bom.components.add(root);
    }
    for (const p of sortById(inv.packages)) {
      if (!isIncluded(p, omit) || components.has(p.id)) continue;
      const c = toComponent(p);
      components.set(p.id, c);
      bom.components.add(c);
      dependsOn.push([c, p.dependencies]);
    }
  });
  for (const [c, deps] of dependsOn) {
    for (const id of deps) {
      const target = components.get(id);
      if (target) c.dependencies.add(target.bomRef);
    }
  }
  return { bom, components };
}
function sortById(packages) {
  return [...packages].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/sbom/json.ts
var Models4 = __toESM(require_models(), 1);
function canRenderJson(bom) {
  const m = bom.metadata;
  if (bom.services.size || bom.vulnerabilities.size || m.lifecycles.size || m.authors.size || m.licenses.size) return false;
  if (m.manufacture || m.supplier || m.tools.services.size || m.tools.tools.size) return false;
  const all = [...bom.components, ...m.tools.components, ...m.component ? [m.component] : []];
  return all.every(isSimpleComponent);
}
function isSimpleComponent(c) {
  if (c.author || c.copyright || c.publisher || c.supplier || c.swid || c.cpe || c.evidence || c.components.size) return false;
  for (const l of c.licenses) {
    if (l instanceof Models4.LicenseExpression) continue;
    if (l.text || l.properties.size) return false;
  }
  return true;
}
function* toBomJsonChunks(bom, spec, space = 2) {
  const head = toHead(spec, bom.serialNumber, toMetadata(bom.metadata, spec), bom.version);
  const components = sortBy([...bom.components], (c) => c.bomRef.value ?? "");
  const withRefs = [...bom.metadata.component ? [bom.metadata.component] : [], ...components].filter((c) => c.bomRef.value);
  const deps = sortBy(withRefs, (c) => c.bomRef.value);
  yield* toDocumentChunks(head, components, (c) => toComponentJson(c, spec), deps, toDependency, space);
}
function toHead(spec, serialNumber, metadata, version = 1) {
  const head = {
    $schema: `http://cyclonedx.org/schema/bom-${spec}.schema.json`,
    bomFormat: "CycloneDX",
    specVersion: spec
  };
  if (serialNumber) head.serialNumber = serialNumber;
  head.version = version;
  head.metadata = metadata;
  return head;
}
function* toDocumentChunks(head, components, toComponent2, dependencies, toDependencyJson, space) {
  const pad = " ".repeat(space);
  const headText = JSON.stringify(head, null, space);
  if (!components.length && !dependencies.length) {
    yield `${headText}
`;
    return;
  }
  yield headText.slice(0, -2);
  if (components.length) yield* toArrayChunks("components", components, toComponent2, pad);
  if (dependencies.length) yield* toArrayChunks("dependencies", dependencies, toDependencyJson, pad);
  yield "\n}\n";
}
function* toArrayChunks(key, items, toJson, pad) {
  if (items.length <= 2e3) {
    const text = JSON.stringify({ [key]: items.map(toJson) }, null, pad.length);
    yield `,${text.slice(1, -2)}`;
    return;
  }
  const inner = `
${pad}${pad}`;
  yield `,
${pad}${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? "" : ","}${inner}${JSON.stringify(toJson(item), null, pad.length).replaceAll("\n", inner)}`;
    first = false;
  }
  yield `
${pad}]`;
}
function toMetadata(m, spec) {
  const out = {};
  if (m.timestamp) out.timestamp = m.timestamp.toISOString();
  if (m.tools.components.size) out.tools = { components: sortBy([...m.tools.components], (c) => c.name).map((c) => toComponentJson(c, spec)) };
  if (m.component) out.component = toComponentJson(m.component, spec);
  if (m.properties.size) out.properties = toProperties(m.properties);
  return out;
}
function toComponentJson(c, spec) {
  const out = { type: c.type, name: c.name };
  if (c.group) out.group = c.group;
  if (c.version) out.version = c.version;
  if (c.bomRef.value) out["bom-ref"] = c.bomRef.value;
  if (c.description) out.description = c.description;
  if (c.scope) out.scope = c.scope;
  if (c.hashes.size) out.hashes = toHashes2(c.hashes);
  if (c.licenses.size) out.licenses = toLicenses(c.licenses, spec);
  if (c.purl) out.purl = c.purl.toString();
  if (c.externalReferences.size) {
    out.externalReferences = sortBy([...c.externalReferences], (r) => `${r.type} ${r.url.toString()}`).map((r) => {
      const ref = { url: r.url.toString(), type: r.type };
      if (r.hashes.size) ref.hashes = toHashes2(r.hashes);
      if (r.comment) ref.comment = r.comment;
      return ref;
    });
  }
  if (c.properties.size) out.properties = toProperties(c.properties);
  return out;
}
function toHashes2(hashes) {
  return sortBy([...hashes], ([alg]) => alg).map(([alg, content]) => ({ alg, content }));
}
function toLicenses(licenses, spec) {
  const ack = (l) => spec === "1.6" && l.acknowledgement ? { acknowledgement: l.acknowledgement } : {};
  const expression = [...licenses].find((l) => l instanceof Models4.LicenseExpression);
  if (expression) return [{ expression: expression.expression, ...ack(expression) }];
  const list = [...licenses].map((l) => {
    const body = l instanceof Models4.SpdxLicense ? { id: l.id } : { name: l.name };
    Object.assign(body, ack(l));
    if (l.url) body.url = String(l.url);
    return { license: body };
  });
  return sortBy(list, (l) => JSON.stringify(l));
}
function toProperties(properties) {
  return sortBy([...properties], (p) => `${p.name}\0${p.value}`).map((p) => ({ name: p.name, value: p.value }));
}
function toDependency(c) {
  const out = { ref: c.bomRef.value };
  if (c.dependencies.size === 0) return out;
  const refs = /* @__PURE__ */ new Set();
  for (const r of c.dependencies) if (r.value !== void 0) refs.add(r.value);
  if (refs.size) out.dependsOn = [...refs].sort(compare);
  return out;
}
function sortBy(items, key) {
  if (items.length < 2) return items;
  const keyed = items.map((item) => [key(item), item]);
  keyed.sort((a, b) => compare(a[0], b[0]));
  return keyed.map(([, item]) => item);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/sbom/render.ts
async function renderBom(bom, options = {}) {
  return [...await renderBomChunks(bom, options)].join("");
}
async function renderBomChunks(bom, options = {}) {
  const version = options.specVersion ?? "1.6";
  const space = options.space ?? 2;
  if (options.format !== "xml" && canRenderJson(bom)) return toBomJsonChunks(bom, version, space);
  return [await renderWithLibrary(bom, version, options.format ?? "json", space)];
}
async function renderWithLibrary(bom, version, format, space = 2) {
  const [Serialize, Spec] = await Promise.all([import("./chunk-QJE5OCTB.js"), import("./chunk-IABKWOWR.js")]);
  const spec = version === "1.5" ? Spec.Spec1dot5 : Spec.Spec1dot6;
  const serializer = format === "xml" ? new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(spec)) : new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const text = serializer.serialize(bom, { sortLists: true, space });
  return text.endsWith("\n") ? text : `${text}
`;
}

// src/sbom/direct.ts
var Enums5 = __toESM(require_enums(), 1);
var Models5 = __toESM(require_models(), 1);
import { randomUUID as randomUUID2 } from "node:crypto";
function toInventoryJsonChunks(inventories, options = {}) {
  const spec = options.specVersion ?? "1.6";
  const omit = options.omit ?? [];
  const licenses = /* @__PURE__ */ new Map();
  const rootJson = [];
  const packages = [];
  const edges = /* @__PURE__ */ new Map();
  for (const inv of inventories) {
    if (!edges.has(inv.root.id)) {
      edges.set(inv.root.id, inv.root.dependencies);
      rootJson.push(toComponentJson(toRootComponentModel(inv.root), spec));
    }
    for (const p of inv.packages) {
      if (!isIncluded(p, omit) || edges.has(p.id)) continue;
      edges.set(p.id, p.dependencies);
      packages.push(p);
    }
  }
  const metadata = {};
  if (!options.reproducible) metadata.timestamp = (options.now ?? /* @__PURE__ */ new Date()).toISOString();
  const tool = new Models5.Component(Enums5.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION });
  metadata.tools = { components: [toComponentJson(tool, spec)] };
  if (rootJson[0]) metadata.component = rootJson[0];
  if (options.reproducible) metadata.properties = [{ name: "cdx:reproducible", value: "true" }];
  const head = toHead(spec, options.reproducible ? void 0 : `urn:uuid:${randomUUID2()}`, metadata);
  const components = [
    ...rootJson.slice(1).map((json) => ({ ref: json["bom-ref"], json })),
    ...packages.map((pkg) => ({ ref: pkg.id, pkg }))
  ];
  const sorted = sortBy(components, (e) => e.ref);
  const toJson = (e) => e.json ?? toPackageJson(e.pkg, spec, licenses);
  const refs = sortBy([...edges.keys()], (id) => id);
  const toDependency2 = (id) => {
    const out = { ref: id };
    const deps = /* @__PURE__ */ new Set();
    for (const d of edges.get(id)) if (edges.has(d)) deps.add(d);
    if (deps.size) out.dependsOn = [...deps].sort(compare);
    return out;
  };
  return toDocumentChunks(head, sorted, toJson, refs, toDependency2, options.space ?? 2);
}
function toPackageJson(p, spec, licenses) {
  const { group, name } = splitName(p.name);
  const out = { type: "library", name };
  if (group) out.group = group;
  if (p.version) out.version = p.version;
  out["bom-ref"] = p.id;
  out.scope = toScope(p);
  const hashes = sortBy(toHashes(p.integrity), ([alg]) => alg).map(([alg, content]) => ({ alg, content }));
  if (hashes.length) out.hashes = hashes;
  if (p.license) {
    let json = licenses.get(p.license);
    if (!json) licenses.set(p.license, json = toLicenses(new Models5.LicenseRepository([toLicense(p.license)]), spec));
    out.licenses = json;
  }
  out.purl = p.purl;
  const url = toDistributionUrl(p.resolved);
  if (url !== void 0) {
    const ref = { url, type: "distribution" };
    if (hashes.length) ref.hashes = hashes;
    ref.comment = DISTRIBUTION_COMMENT;
    out.externalReferences = [ref];
  }
  const properties = [{ name: "cdx:npm:package:path", value: p.paths[0] ?? "" }];
  if (p.dev || p.devOptional) properties.push({ name: "cdx:npm:package:development", value: "true" });
  if (p.bundled) properties.push({ name: "cdx:npm:package:bundled", value: "true" });
  out.properties = sortBy(properties, (q) => `${q.name}\0${q.value}`);
  return out;
}

export {
  require_enums,
  require_spdx_license_ids,
  require_deprecated,
  require_spdx_exceptions,
  require_spdx_expression_parse,
  readProjectInventories,
  discoverProjectLockfiles,
  toBom,
  renderBom,
  renderBomChunks,
  toInventoryJsonChunks
};
/*! For license information please see chunk-TDEFMPM4.js.LEGAL.txt */
