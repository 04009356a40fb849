// Validates a schedule.xml against the C3VOC schedule XSD (../shared/schedule-xsd) with libxml2's xmllint,
// compiled to WebAssembly (xmllint-wasm), so the check needs nothing but Node.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export const SCHEDULE_XSD = fileURLToPath(new URL('../../../shared/schedule-xsd/schedule.xml.xsd', import.meta.url));

export interface XsdResult {
  valid: boolean;
  /** xmllint's messages, one per problem, with the line they name. */
  errors: string[];
}

export async function validateScheduleXml(xml: string | Uint8Array, xsd = SCHEDULE_XSD): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: 'schedule.xml', contents: typeof xml === 'string' ? xml : new Uint8Array(xml) }],
    schema: [{ fileName: 'schedule.xsd', contents: fs.readFileSync(xsd, 'utf8') }],
    // A whole conference's schedule is larger than the default 16 MB of memory.
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
