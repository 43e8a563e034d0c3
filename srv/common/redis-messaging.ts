const RedisMessaging = require('@sap/cds/libx/_runtime/messaging/redis-messaging')
const normalizeIncomingMessage = require('@sap/cds/libx/_runtime/messaging/common-utils/normalizeIncomingMessage')

/**
 * CAP's redis-messaging, with one fix: @sap/cds 9.9.3 gives the subscriber connection's reconnect handler no
 * logger, so when Redis restarts the handler throws and the server shuts down. This subclass repeats CAP's
 * startListening with the logger passed. REVISIT: drop it when CAP fixes redis-messaging.js.
 */
class ResilientRedisMessaging extends RedisMessaging {
  async startListening(): Promise<void> {
    const LOG = (this as any).LOG
    let subscriber: any
    for (const [topic] of [...(this as any).subscribedTopics]) {
      if (!subscriber) {
        subscriber = (this as any).client.duplicate()
        subscriber.on('reconnecting', () => LOG.warn('Reconnecting subscriptions'))
        subscriber.on('error', (e: Error) => LOG.warn('Redis subscription connection:', e.message))
        await subscriber.connect()
      }
      LOG._info && LOG.info('Create subscription', { topic })
      await subscriber.subscribe(topic, async (message: string) => {
        const msg = normalizeIncomingMessage(message)
        msg.event = topic
        try {
          await (this as any).processInboundMsg({}, msg)
        } catch (e: any) {
          e.message = 'ERROR occurred in asynchronous event processing: ' + e.message
          LOG.error(e)
        }
      })
    }
  }
}

module.exports = ResilientRedisMessaging
