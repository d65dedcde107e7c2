"""What the event tests compare: the events of a Doc as tuples."""


def events(doc):
    return {(e._.event["cluster"], e._.event["status"], e._.event["action"]) for e in doc.spans["events"]}


def dated(doc):
    return {(e._.event["cluster"], e._.event["date"], e._.event["date_source"]) for e in doc.spans["events"]}
