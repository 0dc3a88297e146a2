import type { events as english } from '../en/events';

/** Una etiqueta y una explicación por tipo de evento. */
export const events: typeof english = {
  listening: {
    label: 'escuchando',
    tooltip: 'El servidor pidió este puerto al sistema y ahora espera pasivamente a los clientes.',
  },
  stopped: {
    label: 'detenido',
    tooltip: 'El servidor liberó su puerto; los clientes ya no pueden contactarlo.',
  },
  accepted: {
    label: 'aceptada',
    tooltip: 'Un cliente contactó con el servidor y el servidor aceptó una nueva conexión TCP.',
  },
  waiting: {
    label: 'en espera',
    tooltip:
      'Un cliente se conectó mientras el servidor (un cliente cada vez) estaba ocupado: espera en la cola de escucha hasta que el cliente anterior cierre.',
    detail: 'en la cola de escucha hasta que el cliente anterior cierre',
  },
  connecting: {
    label: 'conectando',
    tooltip: 'El cliente está contactando con el servidor (TCP envía un SYN y espera respuesta).',
  },
  connected: {
    label: 'conectado',
    tooltip: 'La conexión está abierta: ambos lados pueden enviar datos.',
  },
  ready: {
    label: 'preparado',
    tooltip:
      'El cliente UDP tiene su propio puerto (efímero) y puede enviar datagramas. UDP no tiene conexión: no se intercambió ningún paquete para abrirlo.',
    detail: 'para enviar desde su propio puerto: UDP no intercambia ningún paquete para abrir',
  },
  'data-in': { label: 'recibido', tooltip: 'Bytes que llegaron del otro lado.' },
  'data-out': { label: 'enviado', tooltip: 'Bytes que este lado envió al otro.' },
  'half-closed': {
    label: 'semicerrada',
    tooltip: 'Un lado indicó que no enviará nada más (FIN de TCP); todavía puede recibir.',
  },
  closed: {
    label: 'cerrada',
    tooltip: 'La conversación terminó; el puerto del cliente queda libre.',
  },
  flow: {
    label: 'flujo',
    tooltip:
      'El otro lado lee más despacio de lo que este escribe: Puerto espera a que se vacíe el búfer (control de flujo).',
  },
  error: {
    label: 'error',
    tooltip: 'Algo salió mal; la explicación dice qué pasó y qué probar.',
  },
  side: { local: 'este lado', remote: 'el otro lado', reset: 'reinicio (RST)' },
};
