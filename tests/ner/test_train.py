import time

from extract.ner.train import _heartbeat, train_floret_vectors


def test_heartbeat_logs_while_the_block_runs(capsys):
    with _heartbeat("training floret vectors", every=0.05):
        time.sleep(0.3)
    err = capsys.readouterr().err
    assert "training floret vectors: 0 min so far" in err
    time.sleep(0.1)
    assert capsys.readouterr().err == ""  # the heartbeat stops with the block


def test_floret_off_a_terminal_writes_one_progress_line_not_thousands(data_dir, tmp_path, capfd):
    # captured stderr is not a terminal, as in `newsfacts train ... 2> train.log`; with 2 threads
    # floret redraws its progress line every 0.1 s (46 lines here before the fix)
    out = train_floret_vectors(data_dir, tmp_path, norec=False, epoch=4, dim=10, bucket=1000, thread=2)
    assert (out / "vocab").is_dir()
    err = capfd.readouterr().err
    assert "floret done" in err
    assert err.count("Progress:") == 1  # floret's closing summary, not a line per redraw
