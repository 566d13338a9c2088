/**
 * License text from a lockfile → a CycloneDX license: a known SPDX id becomes
 * `license.id`, a valid SPDX expression `expression`, anything else (UNLICENSED,
 * "SEE LICENSE IN …") a named license. The library's factory does the deciding;
 * results are cached because a tree has few distinct license strings.
 */
import * as License from '@cyclonedx/cyclonedx-library/Contrib/License';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import parseSpdx from 'spdx-expression-parse';

const factory = new License.Factories.LicenseFactory((text: string) => {
  parseSpdx(text);
});
const cache = new Map<string, Models.License>();

/** The CycloneDX license for `text`, marked as declared by the package. */
export function toLicense(text: string): Models.License {
  let license = cache.get(text);
  if (license === undefined) {
    license = factory.makeFromString(text);
    license.acknowledgement = Enums.LicenseAcknowledgement.Declared;
    cache.set(text, license);
  }
  // A fresh object per component: enrichment may change one component's license.
  return cloneLicense(license);
}

function cloneLicense(l: Models.License): Models.License {
  const opts = { acknowledgement: l.acknowledgement };
  if (l instanceof Models.SpdxLicense) return new Models.SpdxLicense(l.id, opts);
  if (l instanceof Models.LicenseExpression) {
    const e = new Models.LicenseExpression(l.expression);
    e.acknowledgement = l.acknowledgement;
    return e;
  }
  return new Models.NamedLicense((l as Models.NamedLicense).name, opts);
}
