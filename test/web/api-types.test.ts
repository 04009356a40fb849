// The browser's API types (web/src/lib/api/schema.d.ts) are generated from the routes' OpenAPI document: when a
// route or a resource changes, this fails until `npm run generate:api` is run, so pages and API cannot drift.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypes, buildOpenApiDocument } from '../../src/http/openapi-document.js';

describe('the typed API client', () => {
  it('is generated from the current OpenAPI document (run `npm run generate:api` after changing the API)', async () => {
    expect(fs.readFileSync(API_TYPES_FILE, 'utf8')).toEqual(await apiTypes());
  });

  it('documents every JSON:API list with its resource component, paging and meta.count', async () => {
    const document = (await buildOpenApiDocument()) as any;
    const list = document.paths['/v1/events/{eventKey}/attendees'].get;
    const schema = list.responses['200'].content['application/vnd.api+json'].schema;

    expect(schema.properties.data.items).toEqual({ $ref: '#/components/schemas/AttendeeResource' });
    expect(schema.properties.meta.properties.count).toEqual({ type: 'integer' });
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(['filter', 'sort', 'include', 'page[number]', 'page[size]', 'tab', 'search', 'eventKey']);
    expect(document.components.schemas.AttendeeResource.properties.attributes.properties['is-checked-in']).toEqual({ type: 'boolean' });
  });
});
