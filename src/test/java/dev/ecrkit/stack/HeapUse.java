package dev.ecrkit.stack;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a measured run uses, for the {@link ScaleBenchmark}: its peak, the highest total heap use seen just before
 * each garbage collection the run triggered (heap use only grows between collections) and at the end; the highest
 * heap use right after a collection; and the time the collectors spent. Summing each pool's own peak instead would add peaks reached at different moments (an upper bound
 * that can exceed {@code -Xmx}). One instance per JVM: it listens to every collector's notifications.
 */
final class HeapUse implements NotificationListener {
    private static final String EXPLICIT_GC = "System.gc()";

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong afterCollection = new AtomicLong();
    private volatile long since;
    private long collectionMillis;

    HeapUse() {
        for (var collector : collectors) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    /** Starts a measurement: the peak is the heap in use now, collections from now on count. */
    void start() {
        since = ManagementFactory.getRuntimeMXBean().getUptime();
        peak.set(used());
        afterCollection.set(0);
        collectionMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The peak heap use since {@link #start()}, in bytes. */
    long peakBytes() {
        return Math.max(peak.get(), used());
    }

    /**
     * The highest heap use right after a collection since {@link #start()}, in bytes (0 without collections): what
     * the run still held, garbage not yet collected in the old generation included.
     */
    long afterCollectionBytes() {
        return afterCollection.get();
    }

    /** Milliseconds the collectors spent since {@link #start()}. */
    long collectionMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - collectionMillis;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        // the explicit collection before a run, and collections of an earlier run reported late, do not count
        if (EXPLICIT_GC.equals(info.getGcCause()) || info.getGcInfo().getStartTime() < since) {
            return;
        }
        peak.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        afterCollection.accumulateAndGet(heap(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    }

    private long heap(java.util.Map<String, java.lang.management.MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
