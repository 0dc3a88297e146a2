/**
 * What the SNMP agent's messages mean in the inspector: a label per decoded field, the meaning
 * of each PDU type, error status and exception value, and why a datagram got no answer.
 */
export const snmp = {
  fields: {
    version: 'Version (0 is SNMPv1, 1 is SNMPv2c)',
    community: 'Community: the shared word that works as a password, sent in clear text',
    pduType: 'PDU type: what the message asks or answers',
    requestId: 'Request ID: the response repeats it so the manager can pair them',
    errorStatus: 'Error status',
    errorIndex: 'Error index: which variable binding caused the error (0 when none)',
    nonRepeaters: 'Non-repeaters: how many of the first bindings get only the next value',
    maxRepetitions: 'Max-repetitions: how many next values to return for each of the others',
    varbinds: 'Variable bindings (OID and value)',
    moreVarbinds:
      '…and more bindings (this many) not shown: the inspector explains the first 32 of a message',
    varbind: 'Variable binding',
    oid: 'OID: the object identifier, the path in the MIB tree',
    oidName: 'Name in the MIB',
    type: 'Type',
    value: 'Value',
  },
  pdus: {
    GetRequest: 'GetRequest: the manager asks for the value of each OID listed.',
    GetNextRequest:
      'GetNextRequest: the manager asks for the object after each OID listed (this is how snmpwalk walks the tree).',
    Response: 'Response: the agent answers with the values, or with an error status.',
    SetRequest: 'SetRequest: the manager asks to change values. A read-only community is refused.',
    Trap: 'Trap (SNMPv1): the agent warns the manager about an event on its own.',
    GetBulkRequest: 'GetBulkRequest (SNMPv2c): several next values in one request (snmpbulkwalk).',
    InformRequest: 'InformRequest: a notification that expects an acknowledgement.',
    SNMPv2Trap: 'SNMPv2-Trap: the agent warns the manager about an event on its own.',
    Report: 'Report: an SNMPv3 engine reports a problem with a message.',
  },
  errorStatus: {
    noError: 'No error.',
    tooBig: 'Too big: the answer would not fit in one message.',
    noSuchName: 'No such name (SNMPv1): the object does not exist here or cannot be changed.',
    badValue: 'Bad value: the value cannot be stored in that object.',
    readOnly: 'Read only (SNMPv1).',
    genErr: 'General error.',
    noAccess: 'No access: this community may not do that (public is read-only).',
    wrongType: 'Wrong type for that object.',
    wrongLength: 'Wrong length for that object.',
    wrongEncoding: 'Wrong encoding.',
    wrongValue: 'Wrong value for that object.',
    noCreation: 'The object does not exist and cannot be created.',
    inconsistentValue: 'Inconsistent value.',
    resourceUnavailable: 'Resource unavailable.',
    commitFailed: 'Commit failed.',
    undoFailed: 'Undo failed.',
    authorizationError: 'Authorization error.',
    notWritable: 'Not writable: nobody can change this object (sysDescr, sysUpTime…).',
    inconsistentName: 'Inconsistent name.',
  },
  exceptions: {
    noSuchObject: 'No such object: the agent does not know this OID (SNMPv2c).',
    noSuchInstance:
      'No such instance: the object exists but not this instance; scalars end in .0 (SNMPv2c).',
    endOfMibView: 'End of the MIB: there is nothing after this OID (SNMPv2c).',
  },
  verdict: {
    malformed: 'Not a readable SNMP message: the agent drops it without an answer and counts it.',
    unsupportedVersion:
      'This agent speaks SNMPv1 and SNMPv2c only: the message is dropped and counted.',
    wrongCommunity:
      'Unknown community: like real agents, this one does not answer; it only counts it (snmpInBadCommunityNames).',
    unexpectedPdu: 'Not a request this agent serves (or GetBulk in SNMPv1): dropped and counted.',
    tooDeep:
      'SNMP message refused: values nested more than 12 deep (SNMP needs 5). Dropped without an answer and counted.',
    tooManyValues:
      'SNMP message refused: more than 4,096 BER values in one message. Dropped without an answer and counted.',
    tooManyVarbinds:
      'SNMP message refused: more than 128 variable bindings in one request. Dropped without an answer and counted.',
  },
};
