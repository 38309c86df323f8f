package app.huddle.bench.stomp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One selector thread serving many sessions; other threads hand it work through a queue.
 */
final class SelectorLoop implements Runnable {

	private final Selector selector;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	/**
	 * Heap buffer shared by every session of this loop: reads are parsed before the next
	 * one.
	 */
	private final ByteBuffer readBuffer = ByteBuffer.allocate(256 * 1024);

	private final Thread thread;

	private volatile boolean running = true;

	SelectorLoop(String name) {
		try {
			this.selector = Selector.open();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.thread = Thread.ofPlatform().name(name).daemon().start(this);
	}

	void execute(Runnable task) {
		this.tasks.add(task);
		this.selector.wakeup();
	}

	void open(StompSession session) {
		execute(() -> {
			try {
				session.start(this.selector);
			}
			catch (IOException | RuntimeException ex) {
				session.fail(ex);
			}
		});
	}

	@Override
	public void run() {
		while (this.running) {
			try {
				this.selector.select(100);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runnable task;
			while ((task = this.tasks.poll()) != null) {
				task.run();
			}
			for (SelectionKey key : this.selector.selectedKeys()) {
				((StompSession) key.attachment()).onSelected(key, this.readBuffer);
			}
			this.selector.selectedKeys().clear();
		}
		for (SelectionKey key : this.selector.keys()) {
			((StompSession) key.attachment()).close();
		}
		try {
			this.selector.close();
		}
		catch (IOException ex) {
			// shutting down anyway
		}
	}

	void stop() throws InterruptedException {
		this.running = false;
		this.selector.wakeup();
		this.thread.join();
	}

}
