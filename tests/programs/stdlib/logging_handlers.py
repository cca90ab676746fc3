# logging: levels, formatters, handlers, propagation, filters, exceptions and LoggerAdapter,
# into a StringIO (the default handler's output goes to stderr).
import io
import logging

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
root = logging.getLogger()
root.addHandler(handler)
root.setLevel(logging.WARNING)

log = logging.getLogger('app.db')
log.debug('hidden')
log.warning('disk at %d%%', 91)
log.setLevel(logging.DEBUG)
log.debug('shown %s', 'now')
log.info('info with %(key)s', {'key': 'dict args'})

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.endswith(('1', '3', '5'))

child = logging.getLogger('app.db.pool')
child.addFilter(OnlyOdd())
for i in range(6):
    child.error('conn ' + str(i))

try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')

adapter = logging.LoggerAdapter(log, {'user': 'ann'})
adapter.warning('as adapter')
quiet = logging.getLogger('quiet')
quiet.propagate = False
quiet.error('never seen')
print(logging.getLevelName(logging.ERROR), logging.getLevelName(15), logging.getLevelName('WARNING'))
print(log.getEffectiveLevel(), child.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), child.parent.name)

text = stream.getvalue()
lines = text.splitlines()
tb_start = next(i for i, l in enumerate(lines) if l.startswith('Traceback'))
for l in lines[:tb_start]:
    print(l)
print(lines[tb_start], '...', lines[-3:])
logging.shutdown()
