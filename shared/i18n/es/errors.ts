import type { errors as english } from '../en/errors';

/** Explicaciones de cada código de error para un estudiante de primer curso. */
export const errors: typeof english = {
  PORT_IN_USE: {
    title: 'El puerto {proto} {port} ya está en uso',
    explain:
      'Otro programa (u otro servidor de Puerto) ya espera en el puerto {proto} {port} en esta dirección. Solo un servidor puede esperar en un puerto a la vez. El puerto {otherProto} {port} es otro puerto distinto: los números de puerto de TCP y de UDP son independientes.',
    hint: 'Detén el otro servidor o elige otro puerto (por ejemplo, un puerto de laboratorio por encima de 1024).',
  },
  PERMISSION_DENIED: {
    title: 'No se permite usar el puerto {proto} {port}',
    explain:
      'El sistema operativo rechazó la petición. Los puertos por debajo de 1024 están reservados para servicios del sistema y en Linux y macOS suelen necesitar permisos de administrador; también puede bloquearlo un cortafuegos o una política de seguridad.',
    hint: 'Usa un puerto de laboratorio por encima de 1024 (por ejemplo {suggestion}) o ejecuta Puerto como administrador.',
  },
  ADDRESS_NOT_AVAILABLE: {
    title: 'La dirección {address} no pertenece a esta máquina',
    explain:
      'Un servidor solo puede esperar en una dirección de las interfaces de red de esta máquina, y un cliente solo puede enviar desde una de ellas.',
    hint: 'Elige una de las direcciones de «Esta máquina» o escucha en todas las interfaces.',
  },
  CONNECTION_REFUSED: {
    title: '{address}:{port} rechazó la conexión',
    explain:
      'La máquina respondió, pero allí no hay ningún servidor esperando en el puerto {proto} {port}. El servidor debe arrancar primero y esperar en el puerto antes de que un cliente pueda contactarlo.',
    hint: 'Comprueba que el servidor está en marcha y que coinciden el número de puerto y el protocolo (TCP o UDP).',
  },
  PORT_UNREACHABLE: {
    title: 'No hay ningún servidor {proto} en {address}:{port}',
    explain:
      'La otra máquina respondió con un mensaje ICMP «puerto inalcanzable» (port unreachable): nada espera en el puerto {proto} {port}, así que el datagrama se descartó. UDP no tiene conexión que rechazar: esta respuesta solo llega después de enviar un datagrama.',
    hint: 'Arranca primero el servidor (en UDP, no en TCP) y comprueba el puerto; este cliente puede volver a enviar cuando quieras.',
  },
  HOST_UNREACHABLE: {
    title: 'No se puede alcanzar {address}',
    explain:
      'La red no pudo entregar los paquetes a esa máquina: puede estar apagada, en otra red, o un cortafuegos descartó los paquetes.',
    hint: 'Comprueba la dirección que te dio tu compañero y que ambas máquinas están en la misma red.',
  },
  NETWORK_UNREACHABLE: {
    title: 'No hay ruta hacia la red de {address}',
    explain:
      'Esta máquina no sabe cómo enviar paquetes a esa red: puede que el cable o la wifi estén desconectados, o que la dirección no esté en ninguna red alcanzable.',
    hint: 'Comprueba tu conexión de red y la dirección.',
  },
  HOST_NOT_FOUND: {
    title: 'No se encontró el nombre {host}',
    explain:
      'No se pudo traducir el nombre a una dirección (DNS). Puede estar mal escrito o el servidor de nombres no lo conoce.',
    hint: 'Revisa cómo está escrito o usa la dirección IP en lugar del nombre.',
  },
  DNS_UNAVAILABLE: {
    title: 'No se pudo consultar el nombre {host}',
    explain:
      'No se pudo contactar con el servidor de nombres (DNS) o no respondió, así que Puerto no sabe si el nombre existe: no es una falta de ortografía.',
    hint: 'Comprueba la red o el servidor DNS, o usa la dirección IP en lugar del nombre.',
  },
  TIMED_OUT: {
    title: 'Sin respuesta de {address}:{port} en {seconds} s',
    explain:
      'No volvió nada, ni una aceptación ni un rechazo. Normalmente un cortafuegos descarta los paquetes en silencio, o la dirección es incorrecta.',
    hint: 'Pide a tu compañero que permita el puerto en su cortafuegos y comprueba la dirección.',
  },
  CONNECTION_RESET: {
    title: 'La conexión se reinició',
    explain:
      'El otro extremo abortó la conexión de golpe (un RST de TCP) en lugar de cerrarla ordenadamente. Los datos en tránsito pueden haberse perdido.',
    hint: 'Abre una conexión nueva; si se repite, revisa el otro programa.',
  },
  CONNECTION_CLOSED: {
    title: 'La conexión ya está cerrada',
    explain: 'No se puede enviar nada más por una conexión que este lado cerró o semicerró.',
    hint: 'Abre una conexión nueva para seguir hablando.',
  },
  RESET_NOT_SENT: {
    title: 'No se pudo reiniciar {address}:{port}: se cerró en su lugar',
    explain:
      'Este lado ya había enviado FIN y sus últimos bytes aún no habían salido cuando se pidió el reinicio. El sistema operativo no deja convertir ese cierre ordenado en un reinicio (RST), así que Puerto cerró la conexión al momento, descartando lo que quedaba en cola.',
    hint: 'Para ver un RST en la red, reinicia la conexión antes de semicerrarla.',
  },
  QUEUE_FULL: {
    title: 'Demasiados clientes esperando al puerto {proto} {port}',
    explain:
      'Este servidor atiende a un cliente cada vez, y ya había {limit} clientes esperando su turno en la cola de escucha. La cola está llena, así que se rechazó al cliente más nuevo con un RST de TCP: verá que su conexión se reinició.',
    hint: 'Cierra los clientes que esperan o que ya terminaron, o haz que el servidor sea concurrente para que atienda a todos los clientes a la vez.',
  },
  CONNECTION_LIMIT: {
    title: 'Se rechazó a {address}:{port}: este servidor ya tiene {limit} conexiones (su límite)',
    explain:
      'Cada conexión abierta le cuesta al servidor memoria y un descriptor de fichero, así que este servidor atiende como mucho {limit} conexiones a la vez. El sistema operativo aceptó la conexión nueva y enseguida se reinició (RST de TCP): el cliente ve «conexión reiniciada». Las conexiones que ya estaban abiertas no se ven afectadas.',
    hint: 'Cierra las conexiones que ya terminaron, o aumenta el límite de conexiones en los ajustes del servidor.',
  },
  MESSAGE_TOO_LARGE: {
    title: 'El mensaje es demasiado grande ({bytes} bytes)',
    explain:
      'Un datagrama UDP puede llevar como mucho 65.507 bytes de datos, y Puerto envía como mucho {limit} bytes de una vez.',
    hint: 'Envía un mensaje más corto o usa TCP para datos grandes.',
  },
  HEADER_TIMEOUT: {
    title:
      'Tiempo de cabecera agotado: {address}:{port} no terminó la cabecera de su petición en {seconds} s',
    explain:
      'Un servidor web espera un tiempo limitado la línea de petición y las cabeceras. Un cliente que las envía byte a byte (el ataque «slowloris») mantendría la conexión abierta para siempre, y con bastantes clientes así no queda sitio para nadie más. El servidor respondió 408 Request Timeout y cerró la conexión.',
    hint: 'Envía la cabecera completa (terminada en una línea vacía) antes, o aumenta el tiempo de cabecera en los ajustes del servidor.',
  },
  HEADER_TOO_LARGE: {
    title: 'Cabecera de {address}:{port} de más de {limit} bytes: respondida con 431',
    explain:
      'La línea de petición y las cabeceras juntas superaban lo que el servidor acepta, así que respondió 431 Request Header Fields Too Large (RFC 6585) y cerró la conexión sin leer el resto.',
    hint: 'Envía menos cabeceras o más cortas (las cookies suelen ser la causa), o aumenta el límite de cabecera en los ajustes del servidor.',
  },
  TOO_MANY_COMMANDS: {
    title: '{address}:{port} envió más de {limit} órdenes {protocol} sin leer las respuestas',
    explain:
      'El cliente envió órdenes más deprisa de lo que leía las respuestas. El servidor guarda como mucho {limit} órdenes esperando respuesta; más allá tendría que guardar todas las respuestas en memoria, así que explicó el motivo y cerró la conexión.',
    hint: 'Lee cada respuesta antes de enviar la siguiente orden, o aumenta el límite en los ajustes del servidor.',
  },
  DNS_MESSAGE_REFUSED: {
    title: 'Mensaje DNS de {address}:{port} rechazado: {reason}',
    explain:
      'Un programa en {address}:{port} (quizá de un compañero) envió a este servidor DNS un mensaje que ningún resolutor real envía: {reason}. Leerlo le costaría al servidor mucho más trabajo que cualquier consulta real, así que Puerto lo descartó sin responder. Tampoco devuelve un error: la dirección de origen de un datagrama UDP se puede falsificar, y la respuesta le llegaría a otra persona.',
    hint: 'Si escribiste ese programa, deja que dig o una biblioteca DNS construya el mensaje. El evento de datos justo anterior a este muestra sus bytes.',
    reasons: {
      pointerLoop:
        'un bucle de punteros, sus nombres se apuntan unos a otros en círculo o a través de más de {limit} punteros de compresión',
      nameTooLong: 'un nombre de más de {limit} bytes, el máximo que permite DNS',
      tooManyRecords:
        'más de {limit} registros, cuando una consulta lleva una pregunta y quizá un registro OPT',
    },
  },
  SNMP_MESSAGE_REFUSED: {
    title: 'Mensaje SNMP de {address}:{port} rechazado: {reason}',
    explain:
      'Un programa en {address}:{port} (quizá de un compañero) envió a este agente SNMP un mensaje que snmpget o snmpwalk nunca envían: {reason}. Desmontarlo le costaría al agente mucho más trabajo y memoria que cualquier petición real, así que Puerto lo descartó sin responder, como hacen los agentes con los mensajes que no pueden aceptar.',
    hint: 'Si escribiste ese programa, deja que una biblioteca SNMP construya el mensaje y pide menos valores en cada petición. El evento de datos justo anterior a este muestra sus bytes.',
    reasons: {
      tooDeep: 'valores anidados a más de {limit} niveles, cuando SNMP necesita 5',
      tooManyValues: 'más de {limit} valores BER en un solo mensaje',
      tooManyVarbinds: 'más de {limit} variables (varbinds) en una sola petición',
    },
  },
  INVALID_INPUT: {
    title: 'Valor no válido en «{field}»',
    explain: '{reason}',
    hint: 'Corrige el valor y vuelve a intentarlo.',
  },
  NOT_FOUND: {
    title: 'No existe nada con el identificador {id}',
    explain: 'Puede que se haya detenido o cerrado hace un momento.',
    hint: 'Actualiza la vista y vuelve a intentarlo.',
  },
  UNAUTHORIZED: {
    title: 'Acceso denegado',
    explain: 'Esta página necesita el token secreto que Puerto mostró al arrancar.',
    hint: 'Abre exactamente la dirección que mostró Puerto, con su token.',
  },
  INTERNAL: {
    title: 'Algo inesperado salió mal',
    explain: 'Puerto encontró un error que no esperaba: {reason}',
    hint: 'Vuelve a intentarlo; si se repite, infórmalo junto con la captura.',
  },
  WORKSPACE_UNREADABLE: {
    title: 'No se pudo leer tu espacio de trabajo guardado',
    explain:
      'Puerto encontró el archivo {file} pero no pudo usarlo: {reason}. Lo guardó aparte como {keptAs} y empezó con un espacio de trabajo vacío, así que no se ha perdido nada.',
    hint: 'Vuelve a preparar tus servidores; un profesor puede abrir el archivo guardado para recuperar lo que contenía.',
  },
  WORKSPACE_NOT_SAVED: {
    title: 'No se pudo guardar tu espacio de trabajo',
    explain:
      'Puerto no pudo escribir {file}: {reason}. Tus servidores y ajustes funcionan ahora, pero no se recordarán la próxima vez.',
    hint: 'Comprueba que el disco no esté lleno y que puedes escribir en esa carpeta, o indica otra carpeta con PUERTO_DATA_DIR.',
  },
};
