import type { dns as english } from '../../en/services/dns';

export const dns: typeof english = {
  fields: {
    lengthPrefix:
      'Longitud (DNS sobre TCP pone el tamaño del mensaje en 2 bytes delante de cada mensaje)',
    partial:
      'Parte de un mensaje DNS: TCP no tiene límites entre mensajes, el resto llega en un segmento posterior (bytes que aún faltan)',
    message: 'Mensaje DNS',
    bytes: 'Bytes recibidos',
    id: 'ID: lo elige el cliente y la respuesta lo repite para poder emparejarlas',
    flags: 'Indicadores (16 bits)',
    qr: 'QR: 0 consulta, 1 respuesta',
    opcode: 'OPCODE: tipo de consulta (0 es una consulta estándar, QUERY)',
    aa: 'AA: respuesta autoritativa, 1 cuando el servidor está a cargo de la zona',
    tc: 'TC: truncada, 1 cuando la respuesta no cabía en UDP (hay que repetir por TCP)',
    rd: 'RD: se desea recursión, copiado de la consulta',
    ra: 'RA: recursión disponible, 0 porque este servidor solo responde de su propia zona',
    rcode: 'RCODE: código de respuesta',
    questions: 'Sección de pregunta',
    answers: 'Sección de respuesta',
    authorities: 'Sección de autoridad',
    additionals: 'Sección adicional',
    question: 'Pregunta: nombre, clase y tipo por los que se pregunta',
    record: 'Registro: nombre, TTL, clase, tipo y datos, como los muestra dig',
    name: 'Nombre',
    ttl: 'TTL: segundos que un resolutor puede guardar este registro en su caché',
    class: 'Clase (IN es Internet)',
    type: 'Tipo (A dirección IPv4, AAAA dirección IPv6, MX servidor de correo, CNAME alias, NS servidor de nombres, SOA autoridad de la zona, TXT texto)',
    data: 'Datos',
    edns: 'EDNS (registro OPT): extensiones, como la mayor respuesta UDP que acepta quien envía',
    udpPayloadSize: 'Mayor respuesta UDP aceptada, en bytes',
    ednsVersion: 'Versión de EDNS',
    moreRecords:
      '…y más registros (estos) sin mostrar: el inspector explica los 32 primeros de un mensaje y los bytes que guarda la captura',
    moreMessages: '…y más mensajes DNS en este segmento (estos) sin mostrar',
  },
  rcodes: {
    NOERROR:
      'Sin error: la sección de respuesta contiene lo que se pidió (puede estar vacía si el nombre no tiene registros de ese tipo).',
    FORMERR: 'Error de formato: el servidor no pudo entender la consulta.',
    SERVFAIL: 'Fallo del servidor: el servidor no pudo construir la respuesta.',
    NXDOMAIN:
      'El nombre no existe en la zona; el SOA de la sección de autoridad dice cuánto tiempo recordarlo.',
    NOTIMP: 'No implementado: el servidor no admite ese tipo de consulta.',
    REFUSED:
      'Rechazada: el nombre está fuera de la zona de la que se encarga este servidor, y no pregunta a otros servidores.',
    BADVERS: 'Versión de EDNS incorrecta: el servidor solo habla la versión 0 de EDNS.',
  },
  verdict: {
    tooShort: 'Más corto que una cabecera DNS (12 bytes): el servidor lo descarta sin responder.',
    malformed: 'El mensaje no se puede leer: el servidor responde FORMERR, repitiendo el ID.',
    malformedResponse: 'La respuesta no se puede leer completa.',
    notAQuery:
      'Esto es una respuesta (QR vale 1), no una consulta: los servidores nunca la responden.',
    questionCount:
      'Una consulta estándar lleva exactamente una pregunta: el servidor responde FORMERR.',
    refused: {
      pointerLoop:
        'Mensaje DNS rechazado: bucle de punteros. Sus nombres saltan hacia atrás por demasiados punteros de compresión (más de 128 en el mensaje) o hacia delante: nada lo descodifica y no se envía respuesta.',
      nameTooLong:
        'Mensaje DNS rechazado: un nombre pasa de 255 bytes (RFC 1035). Nada lo descodifica y no se envía respuesta.',
      tooManyRecords:
        'Mensaje DNS rechazado: más registros de los que lleva cualquier consulta (más de 32). No se envía respuesta: el remitente de un datagrama se puede falsificar.',
    },
  },
};
