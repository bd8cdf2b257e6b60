"""richards: Martin Richards' operating-system simulation -- a priority
scheduler running an idle task, a work task, two handler tasks and two
device tasks that pass packets to each other; classes, attribute access,
polymorphic method calls and linked lists."""
import sys

DEFAULT = 30

IDLE, WORK, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4

# task state bits
PACKET_PENDING = 1
WAITING = 2
HELD = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Put self at the end of the queue headed by `queue`; the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    """A task control block; subclasses define run(packet) -> next task."""

    def __init__(self, sched, ident, priority, queue, state):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.state = PACKET_PENDING if self.queue is not None else 0
        return p

    def receive(self, packet, sender):
        """A packet arrives from `sender`; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            self.state |= PACKET_PENDING
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def hold_self(self):
        self.hold_count += 1
        self.current.state |= HELD
        return self.current.link

    def wait_self(self):
        self.current.state |= WAITING
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.state &= ~HELD
        return t if t.priority > self.current.priority else self.current

    def send(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.receive(packet, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            state = t.state
            # held, or waiting with nothing to read: skip to the next task
            if state & HELD or state == WAITING:
                t = t.link
                continue
            self.current = t
            packet = None
            if state == PACKET_PENDING | WAITING:
                packet = t.take_packet()
            t = t.run(packet)


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, 0)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORK, 1000, queue, PACKET_PENDING | WAITING)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.sched.wait_self()
        self.dest = HANDLER_A + HANDLER_B - self.dest
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, PACKET_PENDING | WAITING)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= BUFSIZE:
                self.work = work.link
                return self.sched.send(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.send(dev)
        return self.sched.wait_self()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, WAITING)
        self.pending = None
        self.output = 0

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait_self()
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = packet
        self.output = (self.output * 31 + packet.datum) % 65521
        return self.sched.hold_self()


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    q = Packet(None, 0, KIND_WORK)
    q = Packet(q, 0, KIND_WORK)
    WorkTask(s, q)
    for ident, device, prio in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queue_count, s.hold_count, s.table[DEVICE_A].output, s.table[DEVICE_B].output


def main(iterations):
    result = None
    for _ in range(iterations):
        result = simulate(10000)
    return "richards %d: queued %d held %d devices %d %d" % ((iterations,) + result)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
