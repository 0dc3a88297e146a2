/**
 * What the Content column says of a binary message a service understood (DNS today): the
 * annotation's gist ("query A example.lab", "answer A example.lab 192.0.2.1") rather than hex
 * a student cannot read, and the same words the inspector's search looks in, so searching a
 * name finds the rows that show it. Nothing is kept: the gist is rebuilt from the annotation's
 * few fields when a row is drawn or searched.
 */
import type { DecodedField, EventAnnotation, PuertoEvent } from '../../../shared/contract';
import { looksBinary } from './payloadText';

const DNS = 'services.dns.fields.';
/** Bytes enough to tell text from binary, as the Content column does. */
const SNIFF_BYTES = 640;

export interface AnnotationGist {
  /** An i18n key under `inspector.content` that phrases the gist. */
  key: 'dnsQuery' | 'dnsAnswer' | 'dnsNoAnswer';
  params: { type: string; name: string; data: string; rcode: string };
}

const labelled = (fields: readonly DecodedField[] | undefined, name: string) =>
  fields?.find((field) => field.label === DNS + name);

const valueOf = (fields: readonly DecodedField[] | undefined, name: string) =>
  labelled(fields, name)?.value ?? '';

/** `example.lab.` as `example.lab`: the root dot means nothing to a student searching. */
const withoutRoot = (name: string) => (name.length > 1 ? name.replace(/\.$/, '') : name);

function dnsGist(annotation: EventAnnotation): AnnotationGist | undefined {
  const fields = annotation.fields;
  const question = labelled(fields, 'questions')?.children?.[0]?.children;
  if (question === undefined) return undefined;
  const type = valueOf(question, 'type');
  const name = withoutRoot(valueOf(question, 'name'));
  const rcodeField = labelled(labelled(fields, 'flags')?.children, 'rcode');
  const rcode = (rcodeField?.value ?? '').split(' ')[0] ?? '';
  const params = { type, name, data: '', rcode };
  if (annotation.role !== 'response') return { key: 'dnsQuery', params };
  const answers = labelled(fields, 'answers')?.children ?? [];
  const data = answers.map((answer) => valueOf(answer.children, 'data')).filter(Boolean);
  if (data.length === 0) return { key: 'dnsNoAnswer', params };
  return { key: 'dnsAnswer', params: { ...params, data: data.join(', ') } };
}

/** The gist of a binary data event's annotation, when it has one worth showing. */
export function annotationGist(event: PuertoEvent): AnnotationGist | undefined {
  if (event.kind !== 'data-in' && event.kind !== 'data-out') return undefined;
  const { annotation } = event;
  if (annotation?.protocol !== 'dns') return undefined;
  if (!looksBinary(event.payload.subarray(0, SNIFF_BYTES))) return undefined;
  return dnsGist(annotation);
}

export type Translate = (key: string, params: Record<string, string>) => string;

/** The Content column's words for an annotated binary message; undefined to show the bytes. */
export function annotatedContent(event: PuertoEvent, t: Translate): string | undefined {
  const gist = annotationGist(event);
  return gist === undefined ? undefined : t(`inspector.content.${gist.key}`, gist.params);
}

/**
 * What the search matches besides the bytes: the names, type and data of the gist, lower-case,
 * in no particular language (the query may be a name, a type or an address).
 */
export function annotationSearchText(event: PuertoEvent): string | undefined {
  const gist = annotationGist(event);
  if (gist === undefined) return undefined;
  const { type, name, data, rcode } = gist.params;
  return `${type} ${name} ${data} ${rcode}`.toLowerCase();
}
