// Every export format, as a plain list: the task routes register one route per entry and the UI reads it.
import { attendeesCsvExporter } from './attendees-csv.exporter.js';
import type { Exporter } from './exporter.js';
import { icalExporter } from './ical.exporter.js';
import { jsonZipExporter } from './json-zip.exporter.js';
import { ordersCsvExporter } from './orders-csv.exporter.js';
import { pentabarfExporter } from './pentabarf.exporter.js';
import { sessionsCsvExporter } from './sessions-csv.exporter.js';
import { speakersCsvExporter } from './speakers-csv.exporter.js';
import { xcalExporter } from './xcal.exporter.js';

export const exporters: readonly Exporter[] = [
  attendeesCsvExporter,
  ordersCsvExporter,
  sessionsCsvExporter,
  speakersCsvExporter,
  pentabarfExporter,
  icalExporter,
  xcalExporter,
  jsonZipExporter,
];
