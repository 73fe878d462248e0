import { describe, expect, it } from 'vitest';
import { parseMountinfo, separatePartition, underRoot } from './mounts.js';

const root = '27 1 254:0 / / rw,relatime - ext4 /dev/vda rw';

describe('separatePartition', () => {
  it("is not fooled by dockerd's bind mount of its data root onto itself", () => {
    const m = parseMountinfo(
      `${root}\n43 27 254:0 /var/lib/docker /var/lib/docker rw,relatime shared:2 - ext4 /dev/vda rw`,
    );
    expect(separatePartition(m, '/var/lib/docker')).toMatchObject({ separate: false });
  });

  it('accepts a file system of its own, with the bind mount stacked on top', () => {
    const m = parseMountinfo(
      `${root}\n35 27 253:2 / /var/lib/docker rw - xfs /dev/mapper/vg-docker rw\n43 35 253:2 / /var/lib/docker rw shared:2 - xfs /dev/mapper/vg-docker rw`,
    );
    expect(separatePartition(m, '/var/lib/docker/')).toMatchObject({ separate: true, mount: { device: '253:2' } });
  });

  it('rejects a data root inside a file system shared with other data (/var)', () => {
    const m = parseMountinfo(`${root}\n30 27 8:3 / /var rw - ext4 /dev/sda3 rw`);
    const v = separatePartition(m, '/var/lib/docker');
    expect(v).toMatchObject({ separate: false });
    expect(v && !v.separate && v.why).toBe(
      'it is a directory of the ext4 file system mounted at /var (/dev/sda3, device 8:3)',
    );
  });

  it('unescapes mount points and maps a host mounted elsewhere to its own paths', () => {
    const m = parseMountinfo(
      `${root}\n50 27 8:1 / /mnt/host rw - ext4 /dev/sdb1 rw\n51 50 8:2 / /mnt/host/var/lib/my\\040docker rw - xfs /dev/sdb2 rw`,
    );
    const host = underRoot(m, '/mnt/host');
    expect(host.map((e) => e.mountPoint)).toEqual(['/', '/var/lib/my docker']);
    expect(separatePartition(host, '/var/lib/my docker')).toMatchObject({ separate: true });
  });
});
