import type { snmp as english } from '../../en/services/snmp';

export const snmp: typeof english = {
  fields: {
    version: 'Versión (0 es SNMPv1, 1 es SNMPv2c)',
    community: 'Comunidad: la palabra compartida que hace de contraseña, enviada en claro',
    pduType: 'Tipo de PDU: qué pide o qué responde el mensaje',
    requestId: 'ID de petición: la respuesta lo repite para que el gestor pueda emparejarlas',
    errorStatus: 'Estado de error',
    errorIndex: 'Índice de error: qué asociación de variable causó el error (0 si ninguna)',
    nonRepeaters:
      'Non-repeaters: cuántas de las primeras asociaciones reciben solo el valor siguiente',
    maxRepetitions:
      'Max-repetitions: cuántos valores siguientes devolver para cada una de las demás',
    varbinds: 'Asociaciones de variables (OID y valor)',
    moreVarbinds:
      '…y más asociaciones (estas) sin mostrar: el inspector explica las 32 primeras de un mensaje',
    varbind: 'Asociación de variable',
    oid: 'OID: el identificador de objeto, el camino en el árbol de la MIB',
    oidName: 'Nombre en la MIB',
    type: 'Tipo',
    value: 'Valor',
  },
  pdus: {
    GetRequest: 'GetRequest: el gestor pide el valor de cada OID de la lista.',
    GetNextRequest:
      'GetNextRequest: el gestor pide el objeto que sigue a cada OID de la lista (así recorre el árbol snmpwalk).',
    Response: 'Response: el agente responde con los valores, o con un estado de error.',
    SetRequest:
      'SetRequest: el gestor pide cambiar valores. Una comunidad de solo lectura lo tiene prohibido.',
    Trap: 'Trap (SNMPv1): el agente avisa al gestor de un suceso por su cuenta.',
    GetBulkRequest:
      'GetBulkRequest (SNMPv2c): varios valores siguientes en una sola petición (snmpbulkwalk).',
    InformRequest: 'InformRequest: una notificación que espera confirmación.',
    SNMPv2Trap: 'SNMPv2-Trap: el agente avisa al gestor de un suceso por su cuenta.',
    Report: 'Report: un motor SNMPv3 informa de un problema con un mensaje.',
  },
  errorStatus: {
    noError: 'Sin error.',
    tooBig: 'Demasiado grande: la respuesta no cabría en un mensaje.',
    noSuchName: 'No existe ese nombre (SNMPv1): el objeto no existe aquí o no se puede cambiar.',
    badValue: 'Valor incorrecto: ese valor no se puede guardar en el objeto.',
    readOnly: 'Solo lectura (SNMPv1).',
    genErr: 'Error general.',
    noAccess: 'Sin acceso: esta comunidad no puede hacer eso (public es de solo lectura).',
    wrongType: 'Tipo incorrecto para ese objeto.',
    wrongLength: 'Longitud incorrecta para ese objeto.',
    wrongEncoding: 'Codificación incorrecta.',
    wrongValue: 'Valor incorrecto para ese objeto.',
    noCreation: 'El objeto no existe y no se puede crear.',
    inconsistentValue: 'Valor incoherente.',
    resourceUnavailable: 'Recurso no disponible.',
    commitFailed: 'Falló la confirmación del cambio.',
    undoFailed: 'Falló la vuelta atrás.',
    authorizationError: 'Error de autorización.',
    notWritable: 'No modificable: nadie puede cambiar este objeto (sysDescr, sysUpTime…).',
    inconsistentName: 'Nombre incoherente.',
  },
  exceptions: {
    noSuchObject: 'No existe el objeto: el agente no conoce este OID (SNMPv2c).',
    noSuchInstance:
      'No existe la instancia: el objeto existe pero no esta instancia; los escalares terminan en .0 (SNMPv2c).',
    endOfMibView: 'Fin de la MIB: no hay nada después de este OID (SNMPv2c).',
  },
  verdict: {
    malformed: 'No es un mensaje SNMP legible: el agente lo descarta sin responder y lo cuenta.',
    unsupportedVersion:
      'Este agente solo habla SNMPv1 y SNMPv2c: el mensaje se descarta y se cuenta.',
    wrongCommunity:
      'Comunidad desconocida: como los agentes reales, este no responde; solo lo cuenta (snmpInBadCommunityNames).',
    unexpectedPdu:
      'No es una petición que este agente atienda (o es GetBulk en SNMPv1): se descarta y se cuenta.',
    tooDeep:
      'Mensaje SNMP rechazado: valores anidados a más de 12 niveles (SNMP necesita 5). Se descarta sin responder y se cuenta.',
    tooManyValues:
      'Mensaje SNMP rechazado: más de 4.096 valores BER en un mensaje. Se descarta sin responder y se cuenta.',
    tooManyVarbinds:
      'Mensaje SNMP rechazado: más de 128 asociaciones de variables en una petición. Se descarta sin responder y se cuenta.',
  },
};
