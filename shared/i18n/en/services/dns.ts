/**
 * What the DNS service's messages mean in the inspector: a label per decoded field (header,
 * flags, sections, records), the meaning of each response code, and why a message got no
 * answer or an error.
 */
export const dns = {
  fields: {
    lengthPrefix: 'Length (DNS over TCP puts the message size in 2 bytes before each message)',
    partial:
      'Part of a DNS message: TCP has no message boundaries, the rest comes in a later segment (bytes still missing)',
    message: 'DNS message',
    bytes: 'Bytes received',
    id: 'ID: the client chooses it, the response repeats it so both can be paired',
    flags: 'Flags (16 bits)',
    qr: 'QR: 0 query, 1 response',
    opcode: 'OPCODE: kind of query (0 is a standard QUERY)',
    aa: 'AA: authoritative answer, 1 when the server is in charge of the zone',
    tc: 'TC: truncated, 1 when the answer did not fit in UDP (ask again over TCP)',
    rd: 'RD: recursion desired, copied from the query',
    ra: 'RA: recursion available, 0 because this server only answers for its own zone',
    rcode: 'RCODE: response code',
    questions: 'Question section',
    answers: 'Answer section',
    authorities: 'Authority section',
    additionals: 'Additional section',
    question: 'Question: name, class and type asked for',
    record: 'Record: name, TTL, class, type and data, as dig prints it',
    name: 'Name',
    ttl: 'TTL: seconds a resolver may keep this record in its cache',
    class: 'Class (IN is Internet)',
    type: 'Type (A IPv4 address, AAAA IPv6 address, MX mail server, CNAME alias, NS name server, SOA zone authority, TXT text)',
    data: 'Data',
    edns: 'EDNS (OPT record): extensions, such as the largest UDP answer the sender accepts',
    udpPayloadSize: 'Largest UDP answer accepted, in bytes',
    ednsVersion: 'EDNS version',
    moreRecords:
      '…and more records (this many) not shown: the inspector explains the first 32 of a message and the bytes the capture keeps',
    moreMessages: '…and more DNS messages in this segment (this many) not shown',
  },
  rcodes: {
    NOERROR:
      'No error: the answer section holds what was asked for (it may be empty if the name has no record of that type).',
    FORMERR: 'Format error: the server could not understand the query.',
    SERVFAIL: 'Server failure: the server could not build the answer.',
    NXDOMAIN:
      'The name does not exist in the zone; the SOA in the authority section says for how long to remember it.',
    NOTIMP: 'Not implemented: the server does not support that kind of query.',
    REFUSED:
      'Refused: the name is outside the zone this server is in charge of, and it does not ask other servers.',
    BADVERS: 'Bad EDNS version: the server only speaks EDNS version 0.',
  },
  verdict: {
    tooShort: 'Shorter than a DNS header (12 bytes): the server drops it without an answer.',
    malformed: 'The message cannot be read: the server answers FORMERR, repeating the ID.',
    malformedResponse: 'The response cannot be read completely.',
    notAQuery: 'This is a response (QR is 1), not a query: servers never answer it.',
    questionCount: 'A standard query has exactly one question: the server answers FORMERR.',
    refused: {
      pointerLoop:
        'DNS message refused: pointer loop. Its names jump back through too many compression pointers (more than 128 in the message) or forwards: nothing decodes it and no answer is sent.',
      nameTooLong:
        'DNS message refused: a name is longer than 255 bytes (RFC 1035). Nothing decodes it and no answer is sent.',
      tooManyRecords:
        'DNS message refused: more records than any query holds (over 32). No answer is sent: the sender of a datagram can be forged.',
    },
  },
};
