/**
 * El servicio http: sus propias páginas (bienvenida, eco del POST, listado de carpeta, errores)
 * y la explicación en el inspector de cada línea de una petición o una respuesta.
 */
import type { http as english } from '../../en/services/http';

export const http: typeof english = {
  welcome: {
    title: 'Puerto: el servidor web del laboratorio',
    intro:
      'Tu cliente (un navegador, curl…) abrió una conexión TCP con el puerto {port} de esta máquina y envió la petición de abajo. Esta página es la respuesta del servidor.',
    requestTitle: 'Lo que envió tu cliente: la petición',
    requestLine:
      'La primera línea es la línea de petición: el método ({method}: qué hacer), el destino ({target}: qué quiere) y la versión del protocolo ({version}).',
    headers:
      'Después van las cabeceras, una por línea como «Nombre: valor»: información extra, como Host (qué sitio quiere el cliente) o User-Agent (qué programa pregunta).',
    emptyLine:
      'Una línea vacía termina las cabeceras. Una petición GET no lleva nada detrás; una petición POST lleva ahí sus datos: el cuerpo.',
    responseTitle: 'Lo que devuelve el servidor: la respuesta',
    response:
      'Una línea de estado (HTTP/1.1 200 OK: aquí lo tienes), cabeceras como Content-Type (qué tipo de datos siguen) y Content-Length (cuántos bytes), una línea vacía y después el cuerpo: esta misma página.',
    tryTitle: 'Pruébalo tú',
    tryCurl:
      'Mira los dos lados de la conversación con curl (-v muestra las cabeceras de la petición y de la respuesta):',
    tryNetcat:
      'O escribe la petición a mano con netcat: la línea de petición, la cabecera Host y luego una línea vacía (pulsa Intro dos veces).',
    tryPost:
      'Envía una petición POST: este formulario pone el texto en el cuerpo de la petición y el servidor responde con lo que recibió.',
    message: 'Mensaje',
    sample: 'hola, servidor',
    send: 'Enviar',
    inspector: 'En el inspector de Puerto se explica cada línea de esta conversación.',
  },
  echo: {
    title: 'El servidor recibió tu petición POST',
    intro:
      'Método {method}, destino {target}. El cuerpo llegó tras la línea vacía que termina las cabeceras: {bytes} bytes.',
    headTitle: 'Línea de petición y cabeceras',
    bodyTitle: 'Cuerpo ({bytes} bytes)',
    bodyEmpty: 'El cuerpo estaba vacío.',
    bodyBinary: 'El cuerpo no es texto; estos son sus primeros bytes en hexadecimal:',
    truncated: 'Solo se muestran los primeros {shown} bytes.',
    fieldsTitle: 'Campos del formulario',
    fields:
      'Un formulario envía sus campos como pares nombre=valor unidos por «&», con los espacios y los caracteres especiales codificados (application/x-www-form-urlencoded). Decodificados:',
  },
  listing: {
    title: 'Contenido de {path}',
    intro:
      'Esta carpeta no tiene index.html, así que el servidor lista lo que contiene. Cada nombre es un enlace: seguirlo envía una nueva petición GET.',
    empty: 'Esta carpeta está vacía.',
    name: 'Nombre',
    size: 'Tamaño (bytes)',
    modified: 'Modificado (UTC)',
  },
  status: {
    s400: {
      title: 'Petición incorrecta',
      explain:
        'El servidor no pudo entender la petición: su línea de petición o sus cabeceras no son HTTP válido.',
    },
    s403: {
      title: 'Prohibido',
      explain:
        'El servidor no entrega {path}: la ruta intenta salir de la carpeta servida o nombra algo que no es un archivo que leer.',
    },
    s404: {
      title: 'No encontrado',
      explain: 'No hay nada publicado en {path} en este servidor.',
    },
    s405: {
      title: 'Método no permitido',
      explain:
        'Este servidor no acepta el método {method}. Acepta GET, HEAD y POST (también lo dice la cabecera Allow).',
    },
    s408: {
      title: 'Tiempo de espera de la petición agotado',
      explain:
        'La línea de petición y las cabeceras no llegaron en {seconds} segundos, así que el servidor dejó de esperar y cerró la conexión (tiempo de cabecera agotado).',
    },
    s413: {
      title: 'Contenido demasiado grande',
      explain:
        'El cuerpo de la petición es mayor de lo que acepta este servidor: como mucho {limit} bytes.',
    },
    s431: {
      title: 'Cabeceras de la petición demasiado grandes',
      explain:
        'La línea de petición y las cabeceras juntas son mayores de lo que acepta este servidor.',
    },
    s500: {
      title: 'Error interno del servidor',
      explain: 'Algo falló en el servidor mientras respondía. Inténtalo de nuevo.',
    },
  },
  lines: {
    request: {
      get: 'el cliente pide {target} (método GET, versión {version})',
      head: 'el cliente pide solo las cabeceras de {target}, sin su cuerpo (método HEAD)',
      post: 'el cliente envía datos a {target}: el cuerpo va después de las cabeceras (método POST)',
      other: 'el cliente usa el método {method} sobre {target}',
      malformed:
        'no es una línea de petición válida (método, destino, versión): el servidor responde 400',
    },
    status: {
      s100: '{status}: adelante, envía el cuerpo',
      s200: '{status} OK: aquí lo tienes',
      s204: '{status}: hecho, y no hay cuerpo',
      s301: '{status}: se movió para siempre; la cabecera Location dice adónde',
      s304: '{status}: no ha cambiado desde la copia que tiene el cliente; que use esa',
      s400: '{status}: el servidor no entendió la petición',
      s403: '{status}: prohibido, el servidor se niega a darlo',
      s404: '{status}: aquí no hay nada con ese nombre',
      s405: '{status}: este método no se permite aquí; la cabecera Allow lista los que sí',
      s408: '{status}: el servidor dejó de esperar la cabecera de la petición (tiempo de cabecera agotado)',
      s413: '{status}: el cuerpo es mayor de lo que acepta el servidor',
      s431: '{status}: la línea de petición y las cabeceras son mayores de lo que acepta el servidor',
      s500: '{status}: el servidor falló al responder',
      s501: '{status}: el servidor no sabe hacer eso',
      s505: '{status}: el servidor no habla esa versión de HTTP',
      class1: '{status}: información, la respuesta de verdad llega después',
      class2: '{status}: éxito',
      class3: '{status}: busca en otro sitio (redirección)',
      class4: '{status}: la petición tiene un problema (error del cliente)',
      class5: '{status}: el servidor tiene un problema (error del servidor)',
      malformed: 'no es una línea de estado válida',
    },
    headers: {
      host: 'qué sitio quiere el cliente (una máquina puede servir muchos nombres)',
      userAgent: 'qué programa pregunta',
      accept: 'qué tipos de contenido acepta el cliente',
      acceptLanguage: 'qué idiomas prefiere el lector',
      acceptEncoding: 'qué compresiones entiende el cliente',
      connection: 'si la conexión sigue abierta para más peticiones (keep-alive) o se cierra',
      keepAlive: 'cuánto tiempo se mantiene abierta una conexión inactiva',
      contentType: 'qué tipo de datos lleva el cuerpo',
      contentLength: 'cuántos bytes tiene el cuerpo: así sabe el otro lado dónde termina',
      transferEncoding: 'el cuerpo llega en trozos, cada uno precedido de su tamaño (chunked)',
      expect: 'el cliente espera un «100 Continue» antes de enviar un cuerpo grande',
      date: 'cuándo respondió el servidor',
      server: 'qué programa servidor respondió',
      lastModified: 'cuándo cambió el archivo por última vez',
      location: 'dónde está ahora el recurso',
      allow: 'los métodos que acepta este servidor',
      cacheControl: 'si se puede guardar una copia y cuánto tiempo',
      cookie: 'datos que el servidor pidió al cliente guardar y devolver',
      setCookie: 'datos que el servidor pide al cliente guardar y devolver más tarde',
      referer: 'la página de la que viene el cliente',
      origin: 'el sitio cuya página envió esta petición',
      ifModifiedSince: 'envíalo solo si cambió desde esta fecha',
      range: 'solo se quiere una parte del cuerpo',
      authorization: 'credenciales para demostrar quién es el cliente',
      contentSecurityPolicy:
        'qué puede cargar o ejecutar la página (una regla de seguridad del navegador)',
      contentTypeOptions: 'el navegador debe fiarse de Content-Type y no adivinar el tipo de datos',
      other: 'una cabecera: información extra ({name})',
      malformed: 'no es una línea de cabecera válida (Nombre: valor)',
    },
    endOfHead: 'línea vacía: aquí terminan las cabeceras',
    body: 'cuerpo: {bytes} bytes de datos',
    chunkSize: 'tamaño del trozo en hexadecimal: siguen {bytes} bytes',
    lastChunk: 'un trozo de tamaño 0: aquí termina el cuerpo',
    moreLines: '…y {count} líneas más',
  },
};
