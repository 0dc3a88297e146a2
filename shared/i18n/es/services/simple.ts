import type { simple as english } from '../../en/services/simple';

export const simple: typeof english = {
  moreLines: '…y {count} líneas más como estas.',
  echo: {
    request: 'El cliente envía bytes; un servidor echo debe devolver exactamente esos (RFC 862).',
    response: 'El servidor devuelve exactamente los bytes que recibió, nada más (RFC 862).',
  },
  discard: {
    request: 'El cliente envía datos; un servidor discard los descarta y nunca responde (RFC 863).',
  },
  daytime: {
    request: 'Cualquier datagrama pide la fecha; su contenido se ignora (RFC 867).',
    ignored: 'El cliente envió datos; un servidor daytime los ignora (RFC 867).',
    responseTcp: 'El servidor envía la fecha y la hora como texto y cierra (RFC 867).',
    responseUdp: 'El servidor responde al datagrama con la fecha y la hora como texto (RFC 867).',
  },
  qotd: {
    request: 'Cualquier datagrama pide una cita; su contenido se ignora (RFC 865).',
    ignored: 'El cliente envió datos; un servidor de citas los ignora (RFC 865).',
    responseTcp: 'El servidor envía una cita breve (menos de 512 caracteres) y cierra (RFC 865).',
    responseUdp: 'El servidor responde al datagrama con una cita breve (RFC 865).',
  },
  chargen: {
    request: 'Cualquier datagrama pide una ráfaga de caracteres; su contenido se ignora (RFC 864).',
    ignored: 'El cliente envió datos; un servidor chargen los ignora y sigue enviando (RFC 864).',
    line: 'Una línea del patrón: 72 caracteres imprimibles, y cada línea nueva empieza un carácter más adelante (RFC 864).',
    burst:
      'El servidor responde al datagrama con {count} caracteres del patrón (una cantidad al azar entre 0 y 512, RFC 864).',
    empty: 'Un datagrama vacío: 0 caracteres es una de las cantidades que permite la RFC 864.',
  },
  time: {
    request: 'Cualquier datagrama (normalmente vacío) pide la hora (RFC 868).',
    ignored: 'El cliente envió datos; un servidor time los ignora (RFC 868).',
    fields: {
      seconds:
        'Segundos desde el 1 de enero de 1900, 00:00 UTC (32 bits, el byte más significativo primero)',
      date: 'La fecha y hora que significa ese número (UTC)',
      unexpected: 'No son 4 bytes: esto no es una respuesta de time',
    },
  },
  sntp: {
    fields: {
      leap: 'Indicador de segundo intercalar (LI)',
      version: 'Versión (VN)',
      mode: 'Modo',
      stratum: 'Estrato',
      poll: 'Intervalo de consulta (log2 segundos)',
      precision: 'Precisión del reloj (log2 segundos)',
      rootDelay: 'Retardo hasta la raíz',
      rootDispersion: 'Dispersión hasta la raíz',
      referenceId: 'Identificador de referencia',
      referenceTime: 'Marca de referencia: cuándo se ajustó el reloj por última vez',
      originTime: 'Marca de origen: la hora de envío del cliente, copiada de vuelta',
      receiveTime: 'Marca de recepción: cuándo llegó la petición al servidor',
      transmitTime: 'Marca de envío: cuándo salió este mensaje',
      tooShort: 'Demasiado corto para NTP (al menos 48 bytes)',
      ignored: 'Sin respuesta',
      ignoredCount: 'Mensajes ignorados hasta ahora por este servidor',
    },
    leap: {
      '0': 'No se anuncia ningún segundo intercalar',
      '1': 'El último minuto de hoy tiene 61 segundos',
      '2': 'El último minuto de hoy tiene 59 segundos',
      '3': 'Reloj sin sincronizar',
    },
    modes: {
      '0': 'Reservado',
      '1': 'Simétrico activo',
      '2': 'Simétrico pasivo',
      '3': 'Cliente: una petición',
      '4': 'Servidor: una respuesta',
      '5': 'Difusión (broadcast)',
      '6': 'Mensaje de control de NTP',
      '7': 'Reservado para uso privado',
    },
    strata: {
      unspecified: 'Sin especificar o un código «kiss» (estrato 0)',
      primary: 'Servidor primario: su propio reloj de referencia',
      secondary: 'Servidor secundario: sincronizado con otro servidor',
      unsynchronised: 'Sin sincronizar',
    },
    notSet: 'Cero: sin fijar',
    reasons: {
      short: 'El mensaje mide menos que los 48 bytes de una cabecera NTP, así que se descarta.',
      version: 'Solo se responde a las versiones 1 a 4 de NTP; las demás se descartan (RFC 4330).',
      mode: 'Solo las peticiones de cliente (modo 3) reciben respuesta; los demás modos se descartan (RFC 4330).',
    },
  },
};
