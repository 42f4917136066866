#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace cutover::test {

/**
 * A small HTTP/1.1 server on a free loopback port that answers 200 with a short HTML page to every request and
 * records the paths asked for: the store a cache warm-up fetches from.
 */
class PageServer : public QObject
{
public:
    PageServer();
    /** 0 when it could not listen. */
    int port() const { return m_server.serverPort(); }
    /** The paths requested, in the order they arrived ("/", "/about-us.html"). */
    QStringList paths;

private:
    void onRead(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace cutover::test
